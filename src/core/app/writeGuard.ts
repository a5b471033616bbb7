/**
 * SPEC §1 "What the tools write": a generated tab is replaced only when its A1 carries the mark;
 * a tab of that name without it is an error, and then nothing is written. One rule and one
 * sentence for every host — and (SPEC §6, English tab names) the other language's marked tab is
 * the same tab.
 */
import { PORTFOLIO_TAB_NAMES } from "../portfolio/tabNames.js";
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

/** The generated tabs named in each language (the portfolio's; the project report's keep their French names). */
const BILINGUAL: readonly (readonly [string, string])[] = Object.values(PORTFOLIO_TAB_NAMES).map((n) => [n.fr, n.en]);

/**
 * The name a generated tab has in the other language, or null when it has one name.
 * @example otherLanguageName("Tableau de bord") // "Dashboard" ; otherLanguageName("Synthèse") // null
 */
export function otherLanguageName(name: string): string | null {
  for (const [fr, en] of BILINGUAL) {
    if (name === fr) return en;
    if (name === en) return fr;
  }
  return null;
}

/** Where one generated tab goes: the existing tab it replaces (renamed when its name differs), or none (a new tab). */
export interface TabTarget {
  readonly name: string;
  readonly replaces: string | null;
}

/**
 * SPEC §1 and §6's one rule for every host writing generated tabs into a workbook: a tab of the
 * output's name that carries the mark is replaced, one without it is refused (and then nothing is
 * written); else a tab of the output's other-language name that carries the mark is the same tab —
 * replaced and renamed, so that a portfolio consolidated in French then in English keeps one set
 * of tabs; else the tab is added. An unmarked tab of the other language's name is the user's:
 * left alone. `same` is the host's rule for two names being one tab (Excel's is case-insensitive).
 * @example planGeneratedWrite(["Dashboard"], [{ name: "Tableau de bord", a1: "Généré par fiche-projet" }], "en").targets // [{ name: "Dashboard", replaces: "Tableau de bord" }]
 */
export function planGeneratedWrite(
  names: readonly string[],
  existing: readonly ExistingTab[],
  lang: Lang,
  same: (a: string, b: string) => boolean = (a, b) => a === b,
): { readonly refused: RefusedTab[]; readonly targets: TabTarget[] } {
  const find = (name: string | null) => (name === null ? null : (existing.find((t) => same(t.name, name)) ?? null));
  const refused = refusedTabs(
    names.map((name) => find(name)),
    lang,
  );
  const targets = names.map((name) => {
    const own = find(name);
    if (own) return { name, replaces: own.name };
    const other = find(otherLanguageName(name));
    return { name, replaces: other && isMarked(other.a1) ? other.name : null };
  });
  return { refused, targets };
}
