/**
 * COFINANCING_ABOVE_80: the owner must bring at least 20 % of the public financing of an
 * investment (CGCT L1111-10), unless the project is one of the rule's exceptions.
 */
import { cellOf } from "../locate.js";
import type { FicheProjet, FundingResult, IssueDraft } from "../types.js";
import { cents } from "./money.js";

/** The public aid rate above which the check warns. */
export const COFINANCING_LIMIT = 0.8;

/**
 * The issue (no cell) when the public aid rate of SPEC §5.2 exceeds 80 % and Dérogation 20 %
 * is not oui; on the `Financement` tab, or on `Budget` when its revenue lines stand for the plan.
 * The rate is compared unrounded, in cents (public aid > 80 % of public aid + owner's share), so
 * float noise never tips exactly 80 % over.
 */
export function checkCofinancing(fiche: FicheProjet, funding: FundingResult): IssueDraft[] {
  const rate = funding.publicAidRate;
  if (rate === null || fiche.project.ownerShareWaiver) return [];
  const base = funding.publicExpected + funding.ownerShare;
  if (cents(funding.publicExpected) <= cents(COFINANCING_LIMIT * base)) return [];
  const { sheet } =
    funding.source === "plan"
      ? cellOf(fiche.layout, "financement", "funder")
      : cellOf(fiche.layout, "budget", "forecast");
  return [{ code: "COFINANCING_ABOVE_80", sheet, cell: null, params: { rate } }];
}
