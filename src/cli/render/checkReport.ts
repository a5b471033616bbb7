/** The readable output of `check`: issues grouped by tab, then a short synthesis. */
import {
  formatDate,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  formatRate,
  wrapWords,
} from "../../core/format.js";
import { evmLabel, evmWords } from "../../core/report/evmTerms.js";
import { enumWord, healthWord, severityWord } from "../../core/report/labels.js";
import type { Analysis, Health, Issue, Lang, Severity } from "../../core/types.js";
import { type Colour, paint, printable, renderTable } from "./table.js";

const WORDS = {
  fr: {
    file: "Fichier",
    project: "Projet",
    asOf: "état au",
    noIssue: "Aucun problème.",
    issues: (e: number, w: number, i: number) =>
      `Problèmes : ${e} erreur${e > 1 ? "s" : ""}, ${w} alerte${w > 1 ? "s" : ""}, ${i} info${i > 1 ? "s" : ""}`,
    workbook: "(classeur)",
    severity: "Gravité",
    cell: "Cellule",
    code: "Code",
    message: "Message",
    synthesis: "Synthèse",
    health: "Santé",
    healthDetail: (b: string, s: string, t: string) => `budget ${b}, délais ${s}, équipe ${t}`,
    budget: "Budget",
    budgetLine: (rate: string, committed: string, open: string, paid: string, forecast: string) =>
      `${rate} engagé (${committed} sur ${open} de crédits ouverts), ${paid} mandaté, prévision finale ${forecast}`,
    netCost: "Reste à charge",
    schedule: "Délais",
    slip: (wd: number, forecast: string, baseline: string) =>
      `glissement ${wd} jour${Math.abs(wd) > 1 ? "s" : ""} ouvré${Math.abs(wd) > 1 ? "s" : ""}, fin prévisionnelle ${forecast} (prévue ${baseline})`,
    noSchedule: "aucune étape datée",
    lateSteps: "Étapes en retard",
    overloads: "Surcharges",
    overload: (service: string, month: string, planned: string, capacity: string) =>
      `${service} ${month} : ${planned} j pour ${capacity} j disponibles`,
    none: "aucune",
    noCapacity: "non calculables (aucune capacité dans l'onglet Capacité)",
    afterFctva: (rate: string, amount: string) => `après FCTVA au taux de ${rate}\u00A0: ${amount}`,
    evm: "Valeur acquise",
    completion: "Coût final",
    na: "n.d.",
  },
  en: {
    file: "File",
    project: "Project",
    asOf: "as of",
    noIssue: "No issue.",
    issues: (e: number, w: number, i: number) =>
      `Issues: ${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}, ${i} info`,
    workbook: "(workbook)",
    severity: "Severity",
    cell: "Cell",
    code: "Code",
    message: "Message",
    synthesis: "Summary",
    health: "Health",
    healthDetail: (b: string, s: string, t: string) => `budget ${b}, schedule ${s}, staffing ${t}`,
    budget: "Budget",
    budgetLine: (rate: string, committed: string, open: string, paid: string, forecast: string) =>
      `${rate} committed (${committed} of ${open} open credits), ${paid} paid, forecast ${forecast}`,
    netCost: "Net cost",
    schedule: "Schedule",
    slip: (wd: number, forecast: string, baseline: string) =>
      `slip ${wd} working day${Math.abs(wd) === 1 ? "" : "s"}, forecast finish ${forecast} (baseline ${baseline})`,
    noSchedule: "no dated step",
    lateSteps: "Late steps",
    overloads: "Overloads",
    overload: (service: string, month: string, planned: string, capacity: string) =>
      `${service} ${month}: ${planned} d for ${capacity} d available`,
    none: "none",
    noCapacity: "not computed (no capacity in the Capacity tab)",
    afterFctva: (rate: string, amount: string) => `after the VAT refund at ${rate}: ${amount}`,
    evm: "Earned value",
    completion: "Final cost",
    na: "n/a",
  },
} as const;

const SEVERITY_COLOUR: Readonly<Record<Severity, Colour>> = { error: "red", warning: "yellow", info: "cyan" };
const HEALTH_COLOUR: Readonly<Record<Health, Colour>> = {
  green: "green",
  amber: "yellow",
  red: "red",
  unknown: "grey",
};

/** Issues grouped by tab, in the order tabs first appear. */
function groupBySheet(issues: readonly Issue[]): Map<string | null, Issue[]> {
  const groups = new Map<string | null, Issue[]>();
  for (const issue of issues) {
    const list = groups.get(issue.sheet) ?? [];
    list.push(issue);
    groups.set(issue.sheet, list);
  }
  return groups;
}

/** The issues part: a count line, then one table per tab. */
export function renderIssues(issues: readonly Issue[], lang: Lang, colour: boolean): string {
  const w = WORDS[lang];
  if (issues.length === 0) return `${paint(w.noIssue, "green", colour)}\n`;
  const count = (s: Severity) => issues.filter((i) => i.severity === s).length;
  let out = `${paint(w.issues(count("error"), count("warning"), count("info")), "bold", colour)}\n`;
  for (const [sheet, list] of groupBySheet(issues)) {
    out += `\n${paint(printable(sheet ?? w.workbook), "bold", colour)}\n`;
    const rows = list.map((i) => [severityWord(i.severity, lang), i.cell ?? "", i.code, i.message]);
    const table = renderTable(
      [{ header: w.severity }, { header: w.cell }, { header: w.code }, { header: w.message, max: 200 }],
      rows,
      (r, c, text) => (c === 0 ? paint(text, SEVERITY_COLOUR[list[r]?.severity ?? "info"], colour) : text),
    );
    out += table
      .split("\n")
      .map((l) => (l ? `  ${l}` : l))
      .join("\n");
  }
  return out;
}

/**
 * The synthesis: health, budget consumption, net cost (and after the FCTVA, at its typed rate),
 * slip and forecast, late steps, overloads, earned value.
 */
export function renderSynthesis(analysis: Analysis, colour: boolean): string {
  const lang = analysis.lang;
  const w = WORDS[lang];
  const r = analysis.results;
  const b = r.budget;
  const s = r.schedule;
  const hw = (h: Health) => paint(healthWord(h, lang), HEALTH_COLOUR[h], colour);
  const sep = lang === "fr" ? "\u00A0; " : "; ";
  const rate = b.commitmentRate === null ? "—" : formatPercent(b.commitmentRate, lang, 1);
  const paidRate = b.executionRate === null ? "—" : formatPercent(b.executionRate, lang, 1);
  const noCapacity = r.staffing.load.every((c) => c.capacity === null);
  const overloads = r.staffing.load
    .filter((c) => c.load !== null && c.load > 1)
    .map((c) =>
      w.overload(
        printable(c.service),
        formatMonth(c.month, lang),
        formatNumber(c.planned, lang),
        formatNumber(c.capacity ?? 0, lang),
      ),
    );
  const lines: [string, string][] = [
    [
      w.health,
      `${hw(r.health.overall)} (${w.healthDetail(hw(r.health.budget), hw(r.health.schedule), hw(r.health.staffing))})`,
    ],
    [
      w.budget,
      w.budgetLine(
        rate,
        formatMoney(b.expenses.committed, lang),
        formatMoney(b.expenses.open, lang),
        paidRate,
        formatMoney(b.expenses.forecast, lang),
      ),
    ],
    [
      w.netCost,
      `${formatMoney(b.netCost.forecast, lang)}${sep}${w.afterFctva(formatRate(analysis.fiche.project.fctvaRate, lang), formatMoney(b.netCostAfterFctva, lang))}`,
    ],
    [
      w.schedule,
      s.forecastFinish && s.baselineFinish
        ? w.slip(s.slipWorkingDays, formatDate(s.forecastFinish, lang), formatDate(s.baselineFinish, lang))
        : w.noSchedule,
    ],
    [w.lateSteps, s.lateSteps.length > 0 ? printable(s.lateSteps.join(", ")) : w.none],
    [w.overloads, overloads.length > 0 ? overloads.join(" ; ") : noCapacity ? w.noCapacity : w.none],
    ...earnedValueLines(analysis),
  ];
  const width = Math.max(...lines.map(([k]) => k.length));
  // A value of several lines goes on under itself, clear of the keys.
  const body = (v: string) => v.split("\n").join(`\n${" ".repeat(width + 4)}`);
  return `${paint(w.synthesis, "bold", colour)}\n${lines.map(([k, v]) => `  ${k.padEnd(width)}  ${body(v)}`).join("\n")}\n`;
}

/** Columns the explanations are wrapped to, under their values. */
const EXPLANATION_WIDTH = 80;

/**
 * The cost and schedule indices in words and how to read them; where the estimate at completion
 * exists, the lead's Prévision finale beside it and why the two differ.
 */
function earnedValueLines(analysis: Analysis): [string, string][] {
  const { lang } = analysis;
  const w = WORDS[lang];
  const e = analysis.results.evm;
  const sep = lang === "fr" ? "\u00A0; " : "; ";
  const index = (key: "cpi" | "spi") =>
    `${evmLabel(key, lang)} ${e[key] === null ? w.na : formatNumber(e[key], lang, 2)}`;
  const lines: [string, string][] = [[w.evm, `${index("cpi")}${sep}${index("spi")}\n${evmWords(lang, "indices")}`]];
  if (e.eac !== null) {
    const forecast = analysis.results.budget.expenses.forecast;
    const figures = `${evmLabel("eac", lang)} ${formatMoney(e.eac, lang)}${sep}${evmWords(lang, "forecast")} ${formatMoney(forecast, lang)}`;
    const why = wrapWords(evmWords(lang, "eacVersusForecast"), EXPLANATION_WIDTH);
    lines.push([w.completion, [figures, ...why].join("\n")]);
  }
  return lines;
}

/** The header line: file, project code and title, status date. */
export function renderHeader(file: string, analysis: Analysis, colour: boolean): string {
  const w = WORDS[analysis.lang];
  const p = analysis.fiche.project;
  const name = [p.code, p.title].filter((x) => x).join(" — ");
  const date = formatDate(analysis.results.statusDate, analysis.lang);
  const sep = analysis.lang === "fr" ? " : " : ": ";
  const status = p.status ? ` (${enumWord(p.status, analysis.lang)})` : "";
  return `${paint(`${w.file}${sep}${printable(file)}`, "bold", colour)}\n${w.project}${sep}${printable(name || "—")}${status}, ${w.asOf} ${date}\n`;
}
