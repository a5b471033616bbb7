/**
 * Key figures after Calculer: consumption bars, slip with the forecast finish, the cost and
 * schedule indices in words, overloads and the mini Gantt; a figure whose tab is empty says so,
 * one whose tab holds errors says they are to check. Every number goes through src/core/format.ts.
 */
import { formatDateLong, formatMoney, formatMonth, formatNumber, formatPercent } from "../core/format.js";
import { evmLabel, evmWords } from "../core/report/evmTerms.js";
import type { CheckDocument, Lang } from "../core/types.js";
import { type Chips, type ChipValue, dimensionsWithData } from "./claims.js";
import { h } from "./dom.js";
import { figure, meter } from "./figure.js";
import { fundingFigure } from "./fundingFigure.js";
import { renderGantt } from "./gantt.js";
import type { PanelStep } from "./host.js";
import { t } from "./strings.js";

/** Overload rows listed at most. */
export const MAX_OVERLOADS = 3;

/** The health chips: a dot plus a word, never colour alone; « pas de données » where nothing was entered. */
export function renderHealth(chips: Chips, lang: Lang): HTMLElement {
  const chip = (key: "healthBudget" | "healthSchedule" | "healthStaffing", value: ChipValue) =>
    h(
      "li",
      { class: `chip chip-${value}` },
      h("span", { class: "dot", "aria-hidden": "true" }),
      h("span", {}, lang === "fr" ? `${t(lang, key)}\u00A0: ` : `${t(lang, key)}: `),
      h("strong", {}, t(lang, `health_${value}`)),
    );
  return h(
    "ul",
    { class: "chips", "aria-label": t(lang, "health") },
    chip("healthBudget", chips.budget),
    chip("healthSchedule", chips.schedule),
    chip("healthStaffing", chips.staffing),
  );
}

/** A muted line under a figure whose tab holds errors (its health is « à vérifier »). */
function unreliable(doc: CheckDocument, dimension: keyof Chips, lang: Lang): HTMLElement | null {
  if (doc.health[dimension] !== "unknown") return null;
  return h("p", { class: "muted note" }, t(lang, "figUnreliable", { tab: TAB_OF[dimension] }));
}

/** The tab each dimension is computed from, as the user sees it named. */
const TAB_OF: Readonly<Record<keyof Chips, string>> = { budget: "Budget", schedule: "Calendrier", staffing: "Équipe" };

function budgetFigure(doc: CheckDocument, lang: Lang): HTMLElement {
  const e = doc.budget.expenses;
  const note = unreliable(doc, "budget", lang);
  if (!dimensionsWithData(doc).budget)
    return figure(t(lang, "figBudget"), h("p", { class: "muted" }, t(lang, "figNoBudget")), note);
  const ratio = (n: number) => (e.open > 0 ? n / e.open : null);
  return figure(
    t(lang, "figBudget"),
    meter(t(lang, "figCommitted", { pct: "{pct}" }), ratio(e.committed), lang),
    meter(t(lang, "figPaid", { pct: "{pct}" }), ratio(e.paid), lang),
    meter(t(lang, "figForecast", { pct: "{pct}" }), ratio(e.forecast), lang, "warn"),
    h("p", { class: "muted" }, t(lang, "figOpen", { amount: formatMoney(e.open, lang) })),
    note,
  );
}

function scheduleFigure(doc: CheckDocument, lang: Lang): HTMLElement {
  const s = doc.schedule;
  const note = unreliable(doc, "schedule", lang);
  if (!s.forecastFinish)
    return figure(t(lang, "figSchedule"), h("p", { class: "muted" }, t(lang, "figNoSchedule")), note);
  const date = formatDateLong(s.forecastFinish, lang);
  const n = s.slipWorkingDays;
  const key = n > 0 ? "figLate" : n < 0 ? "figEarly" : "figOnTime";
  return figure(
    t(lang, "figSchedule"),
    h("p", { class: n > 0 ? "slip late" : "slip" }, t(lang, key, { n: Math.abs(n), date })),
    note,
  );
}

/** The cost and schedule indices, named in words with their acronyms, and how to read them. */
function evmFigure(doc: CheckDocument, lang: Lang): HTMLElement {
  const v = (x: number | null) => (x === null ? t(lang, "figNa") : formatNumber(x, lang, 2));
  const pair = (key: "cpi" | "spi") => [h("dt", {}, evmLabel(key, lang)), h("dd", {}, v(doc.evm[key]))];
  return figure(
    evmWords(lang, "title"),
    h("dl", { class: "evm" }, ...pair("cpi"), ...pair("spi")),
    h("p", { class: "muted note" }, evmWords(lang, "indices")),
  );
}

function staffingFigure(doc: CheckDocument, lang: Lang): HTMLElement {
  const note = unreliable(doc, "staffing", lang);
  if (!dimensionsWithData(doc).staffing)
    return figure(t(lang, "figStaffing"), h("p", { class: "muted" }, t(lang, "figNoTeam")), note);
  const over = doc.staffing.load
    .filter((c) => c.load !== null && c.load > 1)
    .sort((a, b) => (b.load ?? 0) - (a.load ?? 0));
  if (over.length === 0)
    return figure(t(lang, "figStaffing"), h("p", { class: "muted" }, t(lang, "figNoOverload")), note);
  const list = h("ul", { class: "overloads" });
  for (const c of over.slice(0, MAX_OVERLOADS)) {
    const text = t(lang, "figOverload", {
      service: c.service,
      month: formatMonth(c.month, lang),
      pct: formatPercent(c.load ?? 0, lang, 0),
    });
    list.append(h("li", {}, text));
  }
  if (over.length > MAX_OVERLOADS)
    list.append(h("li", { class: "muted" }, t(lang, "figMoreOverloads", { n: over.length - MAX_OVERLOADS })));
  return figure(t(lang, "figStaffing"), list, note);
}

/** The whole key-figures section. */
export function renderFigures(doc: CheckDocument, steps: readonly PanelStep[] | null, lang: Lang): HTMLElement {
  const gantt = steps ? renderGantt(steps, lang, doc.project.statusDate) : null;
  return h(
    "section",
    { class: "figures", "aria-label": t(lang, "figures") },
    h("h2", { class: "section-title" }, t(lang, "figures")),
    budgetFigure(doc, lang),
    fundingFigure(doc, lang),
    scheduleFigure(doc, lang),
    evmFigure(doc, lang),
    staffingFigure(doc, lang),
    gantt
      ? figure(
          t(lang, "gantt"),
          gantt,
          h(
            "p",
            { class: "legend" },
            h("span", { class: "key key-baseline", "aria-hidden": "true" }),
            t(lang, "ganttBaseline"),
            h("span", { class: "key key-forecast", "aria-hidden": "true" }),
            t(lang, "ganttForecast"),
          ),
        )
      : null,
  );
}
