/**
 * "What changed since the last COPIL" (SPEC §6), written once for every host: two workbooks
 * — two fiches or two portfolios — compared; and the previous portfolio that
 * `consolidate --previous` compares the new one with. A host reads the files and prints or
 * writes what these return.
 */
import { compareFiches } from "../compare/fiche.js";
import { ficheSnapshot } from "../compare/ficheSnapshot.js";
import { type WorkbookKind, workbookKind } from "../compare/kind.js";
import { compareWords } from "../compare/labels.js";
import { comparePortfolios, type NamedPortfolio } from "../compare/portfolio.js";
import { readPortfolioTab } from "../compare/portfolioTab.js";
import type { Comparison, PortfolioSnapshot } from "../compare/types.js";
import { frenchSpacing } from "../messages/index.js";
import type { Lang, WorkbookGrid } from "../types.js";
import type { JobOptions } from "./options.js";
import { checkWorkbook } from "./project.js";

/** A workbook and how the user named its file. */
export interface NamedGrid {
  readonly file: string;
  readonly grid: WorkbookGrid;
}

/** Why two workbooks cannot be compared, or a previous portfolio used (a usage problem: exit 2). */
export type CompareProblem =
  | {
      readonly code: "KINDS_DIFFER";
      readonly old: { readonly file: string; readonly kind: "fiche" | "portfolio" };
      readonly new: { readonly file: string; readonly kind: "fiche" | "portfolio" };
    }
  | { readonly code: "NOT_COMPARABLE"; readonly file: string }
  | { readonly code: "NO_PROJECT_TABLE"; readonly file: string }
  | { readonly code: "NOT_A_PORTFOLIO"; readonly file: string };

export type CompareOutcome =
  | { readonly ok: true; readonly comparison: Comparison }
  | { readonly ok: false; readonly problem: CompareProblem };

/**
 * The one sentence that says why, in the user's language (the host adds its typography).
 * @example compareProblemText({ code: "NOT_COMPARABLE", file: "notes.xlsx" }, "en") // "notes.xlsx is neither a project sheet …"
 */
export function compareProblemText(problem: CompareProblem, lang: Lang): string {
  const text = problemSentence(problem, lang);
  return lang === "fr" ? frenchSpacing(text) : text;
}

function problemSentence(problem: CompareProblem, lang: Lang): string {
  const w = compareWords(lang).problems;
  switch (problem.code) {
    case "KINDS_DIFFER":
      return w.kinds(problem.old.file, w[problem.old.kind], problem.new.file, w[problem.new.kind]);
    case "NOT_COMPARABLE":
      return w.neither(problem.file);
    case "NO_PROJECT_TABLE":
      return w.noProjectTable(problem.file);
    case "NOT_A_PORTFOLIO":
      return w.notPortfolio(problem.file);
  }
}

/** A portfolio read back from its `Portefeuille` tab, or the problem (the workbook is known to be one). */
function portfolioOf(
  named: NamedGrid,
): { ok: true; portfolio: NamedPortfolio } | { ok: false; problem: CompareProblem } {
  const read = readPortfolioTab(named.grid);
  if (read.ok) return { ok: true, portfolio: { file: named.file, snapshot: read.snapshot } };
  const code = read.problem === "noProjectTable" ? "NO_PROJECT_TABLE" : "NOT_A_PORTFOLIO";
  return { ok: false, problem: { code, file: named.file } };
}

/**
 * Compares two versions of a fiche or of a portfolio. Fiches are checked and computed here:
 * the new one as `check` would (`statusDate` wins over its Date d'état), the old one as of its
 * own Date d'état — what the last committee saw — or, without one, as of the forced status
 * date, else today. Portfolios are read back from their `Portefeuille` tab (any version).
 * @example compareWorkbooks(before, after, { lang: "fr", today: "2026-12-15" }).ok // true
 */
export function compareWorkbooks(old: NamedGrid, now: NamedGrid, options: JobOptions): CompareOutcome {
  const kinds: [WorkbookKind, WorkbookKind] = [workbookKind(old.grid), workbookKind(now.grid)];
  for (const [i, kind] of kinds.entries()) {
    if (kind === "other") return { ok: false, problem: { code: "NOT_COMPARABLE", file: (i === 0 ? old : now).file } };
  }
  const [oldKind, newKind] = kinds as ["fiche" | "portfolio", "fiche" | "portfolio"];
  if (oldKind !== newKind) {
    const problem = {
      code: "KINDS_DIFFER",
      old: { file: old.file, kind: oldKind },
      new: { file: now.file, kind: newKind },
    } as const;
    return { ok: false, problem };
  }
  if (oldKind === "fiche") {
    const oldOptions: JobOptions = { ...options, today: options.statusDate ?? options.today, statusDate: null };
    const before = ficheSnapshot(old.file, checkWorkbook(old.grid, oldOptions));
    const after = ficheSnapshot(now.file, checkWorkbook(now.grid, options));
    return { ok: true, comparison: compareFiches(before, after) };
  }
  const before = portfolioOf(old);
  if (!before.ok) return before;
  const after = portfolioOf(now);
  if (!after.ok) return after;
  return { ok: true, comparison: comparePortfolios(before.portfolio, after.portfolio) };
}

/**
 * The previous portfolio of `consolidate --previous`: read back from its `Portefeuille` tab,
 * or why it cannot serve (not a generated portfolio, or no project table in it).
 * @example previousPortfolio({ file: "octobre.xlsx", grid }).ok // true
 */
export function previousPortfolio(
  named: NamedGrid,
): { readonly ok: true; readonly previous: NamedPortfolio } | { readonly ok: false; readonly problem: CompareProblem } {
  if (workbookKind(named.grid) !== "portfolio")
    return { ok: false, problem: { code: "NOT_A_PORTFOLIO", file: named.file } };
  const read = portfolioOf(named);
  return read.ok ? { ok: true, previous: read.portfolio } : read;
}

export type { NamedPortfolio, PortfolioSnapshot };
