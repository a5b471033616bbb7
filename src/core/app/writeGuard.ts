/**
 * SPEC §1 "What the tools write": a generated tab is replaced only when its A1 carries the mark;
 * a tab of that name without it is an error, and then nothing is written. One rule and one
 * sentence for every host.
 */
import { type Cell, GENERATED_MARK, type Lang } from "../types.js";
import type { RefusedTab } from "./protocol.js";

/** A tab that already exists under an output's name: its actual name and the value of its A1. */
export interface ExistingTab {
  readonly name: string;
  readonly a1: Cell;
}

/**
 * Whether A1 carries the generated mark (it starts with it).
 * @example isMarked("Généré par fiche-projet le 20/11/2026") // true
 */
export function isMarked(a1: Cell): boolean {
  return typeof a1 === "string" && a1.startsWith(GENERATED_MARK);
}

/** The sentence of a tab left alone. */
export function refusedReason(sheet: string, lang: Lang): string {
  return lang === "fr"
    ? `Un onglet « ${sheet} » existe sans la mention « ${GENERATED_MARK} » en A1 : renommez-le ou supprimez-le ; rien n'a été écrit.`
    : `A tab "${sheet}" exists without the mark "${GENERATED_MARK}" in A1: rename it or delete it; nothing was written.`;
}

/**
 * The targets that must not be overwritten: existing tabs without the mark. When the list is not
 * empty, the host writes nothing at all.
 * @example refusedTabs([{ name: "Synthèse", a1: "notes" }, null], "fr").length // 1
 */
export function refusedTabs(existing: readonly (ExistingTab | null)[], lang: Lang): RefusedTab[] {
  return existing
    .filter((tab): tab is ExistingTab => tab !== null && !isMarked(tab.a1))
    .map((tab) => ({ sheet: tab.name, reason: refusedReason(tab.name, lang) }));
}
