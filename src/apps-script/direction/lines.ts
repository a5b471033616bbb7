/** The one-line toasts of the direction's menu, in French (not top-level functions: not exported from main.ts). */
import { frenchSpacing } from "../../core/messages/index.js";
import type { ConsolidationStatus } from "./consolidate.js";

const count = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** What became of a file that is not counted as a project (the panel's words, in French). */
const NOTE_WORDS: Readonly<Record<NonNullable<ConsolidationStatus["notes"]>[number]["kind"], string>> = {
  capacity: "capacité des services",
  generated: "ancien portefeuille ou rapport ignoré",
  capacityIgnored: "autre capacité, ignorée",
  setAside: "code projet en double, écarté",
};

/**
 * What a consolidation status tells the direction.
 * @example statusLine({ state: "done", projects: 6, failures: [], written: ["Portefeuille"], refused: [], processed: 6, total: 6 })
 * // "Portefeuille écrit : 6 projets."
 */
export function statusLine(s: ConsolidationStatus): string {
  switch (s.state) {
    case "idle":
      return "Aucune consolidation en cours.";
    case "busy":
      return frenchSpacing("Une consolidation est déjà en cours ; elle continue d'elle-même.");
    case "running":
      return frenchSpacing(
        `Consolidation : ${s.processed} / ${s.total} classeurs ; la suite reprend d'elle-même dans une minute.`,
      );
    case "done": {
      if (s.written.length === 0)
        return frenchSpacing(
          `${s.refused.map((r) => r.reason).join(" ")} Puis Fiche projet › Continuer écrit le portefeuille sans tout relire.`,
        );
      const failures =
        s.failures.length > 0 ? `, ${count(s.failures.length, "classeur illisible", "classeurs illisibles")}` : "";
      const listed = failures ? " (listés dans Contrôles, avec pourquoi)" : "";
      const notes = (s.notes ?? []).map((n) => ` ${n.file} : ${NOTE_WORDS[n.kind]}.`).join("");
      return frenchSpacing(
        `Portefeuille écrit : ${count(s.projects, "projet", "projets")}${failures}${listed}.${notes}`,
      );
    }
  }
}
