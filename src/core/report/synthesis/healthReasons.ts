/** The facts behind each health colour, in words, so that "orange" comes with its why. */

import { unreliableDimensions } from "../../compute/unreliable.js";
import { formatNumber, formatPercent } from "../../format.js";
import type { Analysis, Issue, Lang } from "../../types.js";

const W = {
  fr: {
    forecastOfOpen: (p: string) => `prévision finale = ${p} des crédits ouverts`,
    overcommitted: (n: number) => `${n} ligne${n > 1 ? "s" : ""} surengagée${n > 1 ? "s" : ""}`,
    slip: (n: string) => `glissement ${n} j ouvrés`,
    late: (n: number) => `${n} étape${n > 1 ? "s" : ""} en retard`,
    maxLoad: (p: string) => `charge maximale ${p} de la capacité`,
    digitalAbsent: "service numérique absent de l'équipe",
    noCapacity: "capacité non renseignée",
    unreliable: (n: number) =>
      `${n} erreur${n > 1 ? "s" : ""} dans les données\u00A0: chiffre à vérifier après correction (onglet Contrôles)`,
  },
  en: {
    forecastOfOpen: (p: string) => `forecast = ${p} of open credits`,
    overcommitted: (n: number) => `${n} overcommitted line${n > 1 ? "s" : ""}`,
    slip: (n: string) => `slip ${n} working days`,
    late: (n: number) => `${n} late step${n > 1 ? "s" : ""}`,
    maxLoad: (p: string) => `peak load ${p} of capacity`,
    digitalAbsent: "digital service not in the team",
    noCapacity: "no capacity given",
    unreliable: (n: number) =>
      `${n} error${n > 1 ? "s" : ""} in the data: check this figure once corrected (Checks tab)`,
  },
} as const;

/**
 * One line of facts per health (budget, schedule, staffing), joined with "\u00A0; " in French.
 * @example healthReasons(analysis).budget // "prévision finale = 103,3 % des crédits ouverts ; 1 ligne surengagée" (no-break space before ;)
 */
export function healthReasons(analysis: Analysis): { budget: string; schedule: string; staffing: string } {
  const lang: Lang = analysis.lang;
  const w = W[lang];
  const { budget, schedule, staffing } = analysis.results;
  const sep = lang === "fr" ? "\u00A0; " : "; ";
  const b: string[] = [];
  if (budget.expenses.open > 0)
    b.push(w.forecastOfOpen(formatPercent(budget.expenses.forecast / budget.expenses.open, lang, 1)));
  const over = analysis.issues.filter((i) => i.code === "BUDGET_OVERCOMMITTED").length;
  if (over > 0) b.push(w.overcommitted(over));
  const s = [w.slip(formatNumber(schedule.slipWorkingDays, lang))];
  if (schedule.lateSteps.length > 0) s.push(w.late(schedule.lateSteps.length));
  const loads = staffing.load.flatMap((c) => (c.load === null ? [] : [c.load]));
  const t = [loads.length > 0 ? w.maxLoad(formatPercent(Math.max(...loads), lang, 0)) : w.noCapacity];
  if (!staffing.digitalServiceInvolved) t.push(w.digitalAbsent);
  // An unreliable dimension says so first: its figures come from data with errors.
  const errors = (dimension: "budget" | "schedule" | "staffing") =>
    analysis.issues.filter((i: Issue) => i.severity === "error" && unreliableDimensions([i])[dimension]).length;
  const first = (dimension: "budget" | "schedule" | "staffing", facts: string[]) =>
    analysis.results.health[dimension] === "unknown" ? [w.unreliable(errors(dimension)), ...facts] : facts;
  return {
    budget: first("budget", b).join(sep),
    schedule: first("schedule", s).join(sep),
    staffing: first("staffing", t).join(sep),
  };
}
