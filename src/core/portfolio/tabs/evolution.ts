/**
 * The `Évolution` tab (`consolidate --previous`): what changed since the previous portfolio,
 * one row per project — health, slip, forecast finish and expenses' forecast then and now —
 * sorted by what changed most (health worse first, then slip), and the totals then and now.
 */
import { healthValueWord } from "../../compare/labels.js";
import type {
  HealthValue,
  PortfolioComparison,
  PortfolioTotalsSnapshot,
  ProjectEvolution,
} from "../../compare/types.js";
import { formatDate } from "../../format.js";
import { dateCell } from "../../report/cells.js";
import { labels } from "../../report/labels.js";
import { markText } from "../../report/mark.js";
import { createDraft, finishSheet, pushBlank, pushRow, styleArea } from "../../report/sheetDraft.js";
import { pushTable, type TableColumn } from "../../report/table.js";
import type { Lang, OutputSheet, Style } from "../../types.js";
import { PORTFOLIO_TAB_NAMES } from "../tabNames.js";
import { fitWidth } from "./overview.js";

/** The tab's name: French by default, English with `--lang en` (as the portfolio's other tabs). */
export const EVOLUTION_SHEET: Readonly<Record<Lang, string>> = PORTFOLIO_TAB_NAMES.evolution;

const WORDS = {
  fr: {
    title: "Évolution du portefeuille",
    since: (date: string | null) => (date ? `Évolution depuis le ${date}` : "Évolution"),
    previous: (file: string, date: string | null) =>
      `Portefeuille précédent\u00A0: ${file}${date ? `, état au ${date}` : ""}`,
    before: "avant",
    now: "maintenant",
    delta: "écart",
    move: "Évolution",
    added: "nouveau",
    removed: "retiré",
    worse: "santé dégradée",
    better: "santé améliorée",
    changed: "modifié",
    health: "Santé",
    slip: "Glissement (j ouvrés)",
    expenses: "Dépenses (prévision finale)",
    projects: "Projets",
    healthCount: { red: "au rouge", unknown: "à vérifier", amber: "à l'orange", green: "au vert" },
  },
  en: {
    title: "Portfolio changes",
    since: (date: string | null) => (date ? `Changes since ${date}` : "Changes"),
    previous: (file: string, date: string | null) => `Previous portfolio: ${file}${date ? `, as of ${date}` : ""}`,
    before: "then",
    now: "now",
    delta: "change",
    move: "Change",
    added: "new",
    removed: "removed",
    worse: "health worse",
    better: "health better",
    changed: "changed",
    health: "Health",
    slip: "Slip (working days)",
    expenses: "Expenses (forecast)",
    projects: "Projects",
    healthCount: { red: "red", unknown: "to check", amber: "amber", green: "green" },
  },
} as const;

const HEALTH_STYLE: Readonly<Record<HealthValue, Style | undefined>> = {
  green: "green",
  amber: "amber",
  red: "red",
  unknown: undefined,
};

/** The word of the Évolution column. */
function moveWord(e: ProjectEvolution, lang: Lang): string {
  const w = WORDS[lang];
  if (e.move !== "kept") return w[e.move];
  if (e.healthWorsening > 0) return w.worse;
  if (e.healthWorsening < 0) return w.better;
  return e.changed ? w.changed : "";
}

const health = (h: HealthValue | null | undefined, lang: Lang) => (h ? healthValueWord(h, lang) : null);

function projectColumns(lang: Lang): TableColumn<ProjectEvolution>[] {
  const w = WORDS[lang];
  const t = labels(lang);
  const pair = (label: string) => [`${label} — ${w.before}`, `${label} — ${w.now}`] as const;
  const [healthThen, healthNow] = pair(w.health);
  const [slipThen, slipNow] = pair(w.slip);
  const [finishThen, finishNow] = pair(t("forecastFinish"));
  const [expensesThen, expensesNow] = pair(w.expenses);
  return [
    { header: t("code"), value: (e) => e.code },
    { header: t("title"), value: (e) => e.title },
    { header: w.move, value: (e) => moveWord(e, lang) },
    { header: healthThen, value: (e) => health(e.old?.health.overall, lang) },
    { header: healthNow, value: (e) => health(e.new?.health.overall, lang) },
    { header: slipThen, value: (e) => e.old?.slipWorkingDays ?? null, style: "integer" },
    { header: slipNow, value: (e) => e.new?.slipWorkingDays ?? null, style: "integer" },
    { header: `${w.slip} — ${w.delta}`, value: (e) => e.slipDelta, style: "integer" },
    { header: finishThen, value: (e) => dateCell(e.old?.forecastFinish ?? null), style: "date" },
    { header: finishNow, value: (e) => dateCell(e.new?.forecastFinish ?? null), style: "date" },
    { header: expensesThen, value: (e) => e.old?.expensesForecast ?? null, style: "money" },
    { header: expensesNow, value: (e) => e.new?.expensesForecast ?? null, style: "money" },
    { header: `${w.expenses} — ${w.delta}`, value: (e) => e.expensesForecastDelta, style: "money" },
  ];
}

/**
 * The projects then and now by overall health, as one line:
 * « Projets : 6 → 7 — au rouge 1 → 2, à l'orange 2 → 2, au vert 3 → 3 ».
 */
function countsLine(
  totals: { readonly old: PortfolioTotalsSnapshot; readonly new: PortfolioTotalsSnapshot },
  lang: Lang,
): string {
  const w = WORDS[lang];
  const arrow = (a: number, b: number) => `${a} → ${b}`;
  // « À vérifier » only where some project has it: it is rare, and "0 → 0" says nothing.
  const byHealth = (["red", "unknown", "amber", "green"] as const)
    .filter((h) => h !== "unknown" || totals.old.byHealth[h] + totals.new.byHealth[h] > 0)
    .map((h) => `${w.healthCount[h]} ${arrow(totals.old.byHealth[h], totals.new.byHealth[h])}`)
    .join(", ");
  return `${w.projects}${lang === "fr" ? "\u00A0: " : ": "}${arrow(totals.old.projects, totals.new.projects)} — ${byHealth}`;
}

/**
 * Builds `Évolution` from a comparison of the previous portfolio with this one.
 * @example buildEvolutionSheet(comparePortfolios(previous, current), "fr").name // "Évolution"
 */
export function buildEvolutionSheet(comparison: PortfolioComparison, lang: Lang): OutputSheet {
  const w = WORDS[lang];
  const then = comparison.old.statusDate ? formatDate(comparison.old.statusDate, lang) : null;
  const draft = createDraft(EVOLUTION_SHEET[lang]);
  pushRow(draft, [markText(w.since(then), comparison.new.statusDate, lang)], "mark");
  pushRow(draft, [w.title], "title");
  pushRow(draft, [w.previous(comparison.old.file, then)], "muted");
  pushRow(draft, [countsLine(comparison.totals, lang)]);
  pushBlank(draft);
  const columns = projectColumns(lang);
  const place = pushTable(draft, columns, comparison.projects, {
    filter: true,
    rowStyle: (e) => (e.move === "removed" ? "muted" : undefined),
    cellStyle: (e, col) => {
      const h = col === 3 ? e.old?.health.overall : col === 4 ? e.new?.health.overall : null;
      return h ? HEALTH_STYLE[h] : undefined;
    },
  });
  // The total of the expenses' forecast then and now, under its columns (counts are in the line above the table).
  const { old, new: now } = comparison.totals;
  const total = pushRow(draft, [
    labels(lang)("total"),
    ...new Array<null>(9).fill(null),
    old.expensesForecast,
    now.expensesForecast,
    Math.round((now.expensesForecast - old.expensesForecast) * 100) / 100,
  ]);
  styleArea(draft, { row: total, col: 0, rows: 1, cols: place.cols }, "header");
  styleArea(draft, { row: total, col: 10, rows: 1, cols: 3 }, "money");
  const codes = fitWidth(
    comparison.projects.map((e) => e.code),
    12,
    24,
  );
  const titles = fitWidth(
    comparison.projects.map((e) => e.title),
    30,
    44,
  );
  const widths = [codes, titles, 15, 11, 11, 11, 11, 11, 14, 14, 15, 15, 15];
  // The headers wrap too: "Glissement (j ouvrés) — maintenant" in an 11-character column.
  const wrap = [{ row: place.headerRow, col: 0, rows: place.count + 1, cols: place.cols }];
  return {
    ...finishSheet(draft, widths, place.headerRow + 1),
    frozenColumns: 2,
    landscape: true,
    fitWidth: true,
    wrap,
  };
}
