/**
 * A portfolio read back from its generated `Portefeuille` tab — the tab every version has
 * written, v1 and v2 alike — so that last month's file, whatever wrote it, can be compared with
 * this month's. Columns are found by their header labels in French or English, never by
 * position; a column the tab lacks reads as null.
 */
import { readAmount } from "../cells/amount.js";
import { parseDateText, readDate } from "../cells/date.js";
import { readEnum } from "../cells/enum.js";
import { normalizeLabel } from "../cells/normalize.js";
import { readNumber } from "../cells/number.js";
import { readText } from "../cells/text.js";
import { roundInteger, roundMoney } from "../output/round.js";
import { matchKey } from "../portfolio/normalize.js";
import { PORTFOLIO_TAB_NAMES } from "../portfolio/tabNames.js";
import { type LabelKey, labels } from "../report/labels.js";
import { type Cell, GENERATED_MARK, type IsoDate, type Sheet, type WorkbookGrid } from "../types.js";
import type { HealthValue, PortfolioSnapshot, ProjectPoint } from "./types.js";

/** The names the `Portefeuille` tab has been written under (French; English with `--lang en`). */
const TAB_NAMES = Object.values(PORTFOLIO_TAB_NAMES.overview).map(normalizeLabel);

type Column =
  | "code"
  | "title"
  | "status"
  | "expensesForecast"
  | "revenuesForecast"
  | "netCostForecast"
  | "forecastFinish"
  | "slipWorkingDays"
  | "errors"
  | "warnings"
  | "healthOverall"
  | "healthBudget"
  | "healthSchedule"
  | "healthStaffing";

/** Each column's header, built from the labels the tab is written with. */
const HEADERS: Readonly<Record<Column, (t: (k: LabelKey) => string) => string>> = {
  code: (t) => t("code"),
  title: (t) => t("title"),
  status: (t) => t("status"),
  expensesForecast: (t) => `${t("expenses")} — ${t("forecast")}`,
  revenuesForecast: (t) => `${t("revenues")} — ${t("forecast")}`,
  netCostForecast: (t) => `${t("netCost")} — ${t("forecast")}`,
  forecastFinish: (t) => t("forecastFinish"),
  slipWorkingDays: (t) => t("slipWorkingDays"),
  errors: (t) => t("errors"),
  warnings: (t) => t("warnings"),
  healthOverall: (t) => t("healthOverall"),
  healthBudget: (t) => t("healthBudget"),
  healthSchedule: (t) => t("healthSchedule"),
  healthStaffing: (t) => t("healthStaffing"),
};

/** Normalized header → column, French and English. */
const COLUMN_BY_HEADER = new Map<string, Column>(
  (["fr", "en"] as const).flatMap((lang) =>
    (Object.keys(HEADERS) as Column[]).map((c) => [normalizeLabel(HEADERS[c](labels(lang))), c] as const),
  ),
);

/** Health words, French and English; « à vérifier » as the health engineer words it, and the JSON's `unknown`. */
const HEALTH_BY_WORD = new Map<string, HealthValue>([
  ...(["fr", "en"] as const).flatMap((lang) =>
    (["green", "amber", "red"] as const).map((h) => [normalizeLabel(labels(lang)(h)), h] as const),
  ),
  ...["à vérifier", "to check", "to verify", "unknown", "inconnu"].map((w) => [normalizeLabel(w), "unknown"] as const),
]);

/** Rows searched for the project table's header (the KPI block sits above it). */
const HEADER_SEARCH_ROWS = 40;

const isMarked = (sheet: Sheet) => {
  const a1 = sheet.rows[0]?.[0];
  return typeof a1 === "string" && a1.startsWith(GENERATED_MARK);
};

/**
 * The generated `Portefeuille` tab of a workbook (its A1 carries the mark), or null.
 * @example portfolioTabOf({ sheets: [] }) // null
 */
export function portfolioTabOf(grid: WorkbookGrid): Sheet | null {
  return grid.sheets.find((s) => TAB_NAMES.includes(normalizeLabel(s.name)) && isMarked(s)) ?? null;
}

/**
 * The status date the mark names (`… — état au 15/11/2026`, `… — as of 2026-11-15`), or null.
 * @example markStatusDate("Généré par fiche-projet — Portefeuille de projets — état au 15/11/2026") // "2026-11-15"
 */
export function markStatusDate(mark: string): IsoDate | null {
  const m = /(?:état au|as of)\s+(\S+)\s*$/i.exec(mark);
  return m?.[1] ? parseDateText(m[1]) : null;
}

/** The project table's header row and its columns, or null when the tab has none. */
function findTable(sheet: Sheet): { headerRow: number; columns: Map<Column, number> } | null {
  const rows = sheet.rows.slice(0, HEADER_SEARCH_ROWS);
  for (const [r, row] of rows.entries()) {
    const columns = new Map<Column, number>();
    row.forEach((cell, c) => {
      const column = typeof cell === "string" ? COLUMN_BY_HEADER.get(normalizeLabel(cell)) : undefined;
      if (column !== undefined && !columns.has(column)) columns.set(column, c);
    });
    if (columns.has("code") && columns.has("title")) return { headerRow: r, columns };
  }
  return null;
}

const valueOr = <T>(outcome: { ok: true; value: T | null } | { ok: false }): T | null =>
  outcome.ok ? outcome.value : null;

function health(cell: Cell): HealthValue | null {
  const text = valueOr(readText(cell));
  return text === null ? null : (HEALTH_BY_WORD.get(normalizeLabel(text)) ?? null);
}

function money(cell: Cell): number | null {
  const n = valueOr(readAmount(cell));
  return n === null ? null : roundMoney(n);
}

function count(cell: Cell): number | null {
  const n = valueOr(readNumber(cell));
  return n === null ? null : roundInteger(n);
}

/** One table row as a project, or null when its code is empty (the table's end). */
function projectOf(row: readonly Cell[], columns: Map<Column, number>): ProjectPoint | null {
  const at = (c: Column): Cell => {
    const i = columns.get(c);
    return i === undefined ? null : (row[i] ?? null);
  };
  const code = valueOr(readText(at("code")));
  if (code === null) return null;
  return {
    code,
    title: valueOr(readText(at("title"))),
    status: valueOr(readEnum(at("status"), "status")),
    health: {
      overall: health(at("healthOverall")),
      budget: health(at("healthBudget")),
      schedule: health(at("healthSchedule")),
      staffing: health(at("healthStaffing")),
    },
    slipWorkingDays: count(at("slipWorkingDays")),
    forecastFinish: valueOr(readDate(at("forecastFinish"))),
    expensesForecast: money(at("expensesForecast")),
    revenuesForecast: money(at("revenuesForecast")),
    netCostForecast: money(at("netCostForecast")),
    errors: count(at("errors")),
    warnings: count(at("warnings")),
  };
}

/** Why a workbook gives no portfolio to compare. */
export type PortfolioReadProblem = "noPortfolioTab" | "noProjectTable";

/**
 * The portfolio a workbook's `Portefeuille` tab shows: its status date (from the mark) and
 * its projects, down to the first row without a code. A code listed twice keeps its first row.
 * @example readPortfolioTab(outputSheetsToGrid(portfolioSheets(p))).ok // true
 */
export function readPortfolioTab(
  grid: WorkbookGrid,
):
  | { readonly ok: true; readonly snapshot: PortfolioSnapshot }
  | { readonly ok: false; readonly problem: PortfolioReadProblem } {
  const sheet = portfolioTabOf(grid);
  if (sheet === null) return { ok: false, problem: "noPortfolioTab" };
  const table = findTable(sheet);
  if (table === null) return { ok: false, problem: "noProjectTable" };
  const projects: ProjectPoint[] = [];
  const seen = new Set<string>();
  for (const row of sheet.rows.slice(table.headerRow + 1)) {
    const project = projectOf(row, table.columns);
    if (project === null) break;
    if (seen.has(matchKey(project.code))) continue;
    seen.add(matchKey(project.code));
    projects.push(project);
  }
  const mark = sheet.rows[0]?.[0];
  return { ok: true, snapshot: { statusDate: typeof mark === "string" ? markStatusDate(mark) : null, projects } };
}
