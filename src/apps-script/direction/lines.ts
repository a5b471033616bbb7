/** Small helpers of the direction's menu (not exported from main.ts: not top-level functions). */
import type { ConsolidationStatus } from "./consolidate.js";

/** Extracts a folder ID from an ID or a Drive URL (`…/folders/<id>`). */
export function folderIdOf(input: string): string {
  const text = String(input ?? "").trim();
  return /\/folders\/([\w-]+)/.exec(text)?.[1] ?? /[?&]id=([\w-]+)/.exec(text)?.[1] ?? text;
}

/** One line for a consolidation status. */
export function statusLine(s: ConsolidationStatus): string {
  switch (s.state) {
    case "idle":
      return "Aucune consolidation en cours.";
    case "busy":
      return "Une consolidation est déjà en cours ; elle continue d'elle-même.";
    case "running":
      return `Consolidation : ${s.processed} / ${s.total} classeurs ; la suite reprend d'elle-même dans une minute.`;
    case "done": {
      if (s.written.length === 0) return s.refused.map((r) => r.reason).join(" ");
      const failures =
        s.failures.length > 0 ? ` ${s.failures.length} classeur(s) illisible(s), listé(s) dans Contrôles.` : "";
      return `Portefeuille écrit : ${s.projects} projets.${failures}`;
    }
  }
}
