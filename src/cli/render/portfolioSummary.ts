/** The readable output of `consolidate`: one line per project, then the failures and totals. */
import { formatMoney } from "../../core/format.js";
import type { Portfolio } from "../../core/portfolio/types.js";
import { enumWord, healthWord } from "../../core/report/labels.js";
import { overloadLine } from "../../core/report/overloads.js";
import type { Health } from "../../core/types.js";
import { type Colour, paint, printable, renderTable } from "./table.js";

const HEALTH_COLOUR: Readonly<Record<Health, Colour>> = {
  green: "green",
  amber: "yellow",
  red: "red",
  unknown: "grey",
};

const WORDS = {
  fr: {
    code: "Code",
    title: "Intitulé",
    status: "Statut",
    netCost: "Reste à charge",
    toReceive: "À encaisser",
    slip: "Glissement (j ouvrés)",
    health: "Santé",
    errors: "Erreurs",
    warnings: "Alertes",
    none: "Aucun projet consolidé.",
    netCostTotal: "Reste à charge total (prévision finale)",
    toReceiveTotal: "Financements à encaisser",
    healthCounts: (g: number, a: number, r: number, u: number) =>
      `Santé : ${g} vert, ${a} orange, ${r} rouge${u > 0 ? `, ${u} à vérifier` : ""}`,
    failures: "Classeurs non consolidés",
    skipped: "Fichiers qui ne sont pas des projets",
    reasons: {
      generated: "écrit par fiche-projet (portefeuille ou rapport), ignoré",
      capacity: "capacité des services",
      capacityIgnored: "autre capacité des services, ignorée",
    },
    setAside: "Classeurs écartés (code projet en double)",
    countedFrom: (code: string, kept: string) => `${code} est compté depuis ${kept}`,
    summary: (n: number, e: number, w: number, f: number) =>
      `${n} projet${n > 1 ? "s" : ""}, ${e} erreur${e > 1 ? "s" : ""}, ${w} alerte${w > 1 ? "s" : ""}, ${f} classeur${f > 1 ? "s" : ""} non consolidé${f > 1 ? "s" : ""}`,
    written: "écrit",
  },
  en: {
    code: "Code",
    title: "Title",
    status: "Status",
    netCost: "Net cost",
    toReceive: "To receive",
    slip: "Slip (working days)",
    health: "Health",
    errors: "Errors",
    warnings: "Warnings",
    none: "No project consolidated.",
    netCostTotal: "Total net cost (forecast)",
    toReceiveTotal: "Funding still to receive",
    healthCounts: (g: number, a: number, r: number, u: number) =>
      `Health: ${g} green, ${a} amber, ${r} red${u > 0 ? `, ${u} to check` : ""}`,
    failures: "Workbooks not consolidated",
    skipped: "Files that are not projects",
    reasons: {
      generated: "written by fiche-projet (portfolio or report), skipped",
      capacity: "service capacity",
      capacityIgnored: "another service capacity, skipped",
    },
    setAside: "Workbooks set aside (duplicate project code)",
    countedFrom: (code: string, kept: string) => `${code} is counted from ${kept}`,
    summary: (n: number, e: number, w: number, f: number) =>
      `${n} project${n === 1 ? "" : "s"}, ${e} error${e === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}, ${f} workbook${f === 1 ? "" : "s"} not consolidated`,
    written: "written",
  },
} as const;

/** The summary table, the failures and a count line. */
export function renderPortfolioSummary(p: Portfolio, colour: boolean): string {
  const lang = p.lang;
  const w = WORDS[lang];
  let out = "";
  if (p.rows.length === 0) out += `${w.none}\n`;
  else {
    const rows = p.rows.map((r) => [
      r.code,
      r.title ?? "",
      r.status ? enumWord(r.status, lang) : "",
      formatMoney(r.netCost.forecast, lang),
      formatMoney(r.fundingToReceive, lang),
      String(Math.round(r.slipWorkingDays)),
      healthWord(r.health.overall, lang),
      String(r.errors),
      String(r.warnings),
    ]);
    out += renderTable(
      [
        { header: w.code },
        { header: w.title, max: 40 },
        { header: w.status },
        { header: w.netCost, align: "right" },
        { header: w.toReceive, align: "right" },
        { header: w.slip, align: "right" },
        { header: w.health },
        { header: w.errors, align: "right" },
        { header: w.warnings, align: "right" },
      ],
      rows,
      (ri, c, text) => {
        const row = p.rows[ri];
        if (c === 6 && row) return paint(text, HEALTH_COLOUR[row.health.overall], colour);
        if (c === 7 && row && row.errors > 0) return paint(text, "red", colour);
        if (c === 8 && row && row.warnings > 0) return paint(text, "yellow", colour);
        return text;
      },
    );
  }
  if (p.failures.length > 0) {
    out += `\n${paint(w.failures, "bold", colour)}\n`;
    for (const f of p.failures)
      out += `  ${paint(printable(f.file), "red", colour)}${lang === "fr" ? " : " : ": "}${printable(f.message)}\n`;
  }
  const colon = lang === "fr" ? " : " : ": ";
  if (p.duplicates.length > 0) {
    out += `\n${paint(w.setAside, "bold", colour)}\n`;
    for (const g of p.duplicates)
      for (const d of g.setAside)
        out += `  ${paint(printable(d.file), "yellow", colour)}${colon}${printable(w.countedFrom(g.code, g.kept.file))}\n`;
  }
  if (p.skipped.length > 0) {
    out += `\n${paint(w.skipped, "bold", colour)}\n`;
    for (const s of p.skipped) out += `  ${printable(s.file)}${colon}${w.reasons[s.reason]}\n`;
  }
  const k = p.kpis;
  out += `\n${w.summary(k.projects, k.errors, k.warnings, p.failures.length)}\n`;
  if (p.rows.length > 0) {
    out += `${w.healthCounts(k.projectsInGreen, k.projectsInAmber, k.projectsInRed, k.projectsToCheck)}\n`;
    out += `${w.netCostTotal}${colon}${formatMoney(p.totals.overall.netCost.forecast, lang)}\n`;
    const toReceive = p.rows.reduce((sum, r) => sum + r.fundingToReceive, 0);
    out += `${w.toReceiveTotal}${colon}${formatMoney(toReceive, lang)}\n`;
  }
  // The cross-project overload no single project sees (only when a capacity was given).
  if (p.staffing.some((l) => l.capacity !== null)) {
    const overloads = p.staffing.filter((l) => l.overloaded);
    const line = printable(overloadLine(overloads, lang));
    out += `${overloads.length > 0 ? paint(line, "red", colour) : line}\n`;
  }
  return out;
}

/** "written: out/portefeuille.xlsx". */
export function writtenLine(file: string, lang: "fr" | "en"): string {
  return `${WORDS[lang].written}${lang === "fr" ? " : " : ": "}${file}\n`;
}
