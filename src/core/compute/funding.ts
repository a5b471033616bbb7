/** The plan de financement of SPEC §5.2: what is expected, received and still to receive, and who pays. */
import { cents } from "../checks/money.js";
import type { BudgetLine, FicheProjet, FunderResult, FundingResult } from "../types.js";
import { funderResult } from "./funding-row.js";
import { ratio } from "./ratio.js";

/** The owner's share and the public aid rate, once the funding expected is known. */
type Shares = Pick<FundingResult, "investmentExpenses" | "ownerShare" | "ownerShareRate" | "publicAidRate">;

/**
 * E, the Investissement expenses' Prévision finale total: the cost of the investment operation
 * CGCT L1111-10 speaks of (operating lines are outside it).
 */
export function investmentExpenses(lines: readonly BudgetLine[]): number {
  let total = 0;
  for (const l of lines) if (l.section === "Investissement" && l.type === "Dépense") total += l.forecast;
  return total;
}

/**
 * ownerShare = E − publicExpected − privateExpected, its rate over E, and publicAidRate =
 * publicExpected / (publicExpected + ownerShare), null when that divisor is not above 0 €.
 * @example shares(1_000_000, 600_000, 250_000).publicAidRate // 0.8
 */
export function shares(e: number, publicExpected: number, privateExpected: number): Shares {
  const ownerShare = e - publicExpected - privateExpected;
  const divisor = publicExpected + ownerShare;
  return {
    investmentExpenses: e,
    ownerShare,
    ownerShareRate: ratio(ownerShare, e),
    publicAidRate: cents(divisor) <= 0 ? null : publicExpected / divisor,
  };
}

/** The plan from the `Financement` rows. */
function fromPlan(fiche: FicheProjet, e: number): FundingResult {
  const byFunder: FunderResult[] = fiche.funding.map(funderResult);
  let requested = 0;
  let awarded = 0;
  let received = 0;
  let toReceive = 0;
  let awardedToReceive = 0;
  let publicExpected = 0;
  let privateExpected = 0;
  for (const f of byFunder) {
    requested += f.requested;
    received += f.received;
    toReceive += f.toReceive;
    if (f.status === "notifié" || f.status === "soldé") awarded += f.awarded;
    if (f.status === "notifié") awardedToReceive += f.toReceive;
    if (f.category === "Privé") privateExpected += f.expected;
    else publicExpected += f.expected;
  }
  const expected = publicExpected + privateExpected;
  return {
    source: "plan",
    requested,
    awarded,
    received,
    expected,
    toReceive,
    awardedToReceive,
    publicExpected,
    privateExpected,
    ...shares(e, publicExpected, privateExpected),
    byFunder,
  };
}

/**
 * Without a plan, the Budget's Investissement revenue lines stand for it, all public: expected
 * their Prévision finale, awarded their Engagé (what is certain), received their Mandaté (titres émis).
 */
function fromBudget(fiche: FicheProjet, e: number): FundingResult {
  let expected = 0;
  let awarded = 0;
  let received = 0;
  for (const l of fiche.budget) {
    if (l.section !== "Investissement" || l.type !== "Recette") continue;
    expected += l.forecast;
    awarded += l.committed;
    received += l.paid;
  }
  return {
    source: "budget",
    requested: null,
    awarded,
    received,
    expected,
    toReceive: Math.max(0, expected - received),
    awardedToReceive: Math.max(0, awarded - received),
    publicExpected: expected,
    privateExpected: 0,
    ...shares(e, expected, 0),
    byFunder: [],
  };
}

/**
 * The plan de financement of a fiche (SPEC §5.2): from its `Financement` rows, or, when there is
 * none, from the Budget's Investissement revenue lines. Linear in rows and lines.
 * @example computeFunding(fiche).publicAidRate // 0.8 for 600 000 € of Région, 250 000 € private, E = 1 000 000 €
 */
export function computeFunding(fiche: FicheProjet): FundingResult {
  const e = investmentExpenses(fiche.budget);
  return fiche.funding.length > 0 ? fromPlan(fiche, e) : fromBudget(fiche, e);
}
