/** COFINANCING_ABOVE_80: the owner must fund at least 20 % of the expenses. */
import { cellOf } from "../locate.js";
import type { FicheProjet, IssueDraft } from "../types.js";
import { cents } from "./money.js";

/** The share of co-funding above which the check warns. */
export const COFINANCING_LIMIT = 0.8;

/** The issue on the Budget tab (no cell) when revenues' forecast > 80 % of expenses' forecast. */
export function checkCofinancing(fiche: FicheProjet): IssueDraft[] {
  let expenses = 0;
  let revenues = 0;
  for (const l of fiche.budget) {
    if (l.type === "Dépense") expenses += l.forecast;
    else revenues += l.forecast;
  }
  if (cents(expenses) <= 0 || cents(revenues) <= cents(COFINANCING_LIMIT * expenses)) return [];
  const { sheet } = cellOf(fiche.layout, "budget", "forecast");
  return [{ code: "COFINANCING_ABOVE_80", sheet, cell: null, params: { rate: revenues / expenses } }];
}
