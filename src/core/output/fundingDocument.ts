/** The `funding` part of the check document (SPEC §5.4): English codes, rounded once. */
import type {
  DocumentFunding,
  FctvaYear,
  FundingCategory,
  FundingCategoryCode,
  FundingResult,
  FundingStatus,
  FundingStatusCode,
} from "../types.js";
import { roundMoney, roundNullable, roundRatio } from "./round.js";

/** Each Catégorie's code in a document, whatever the input's language. */
export const FUNDING_CATEGORY_CODES: Readonly<Record<FundingCategory, FundingCategoryCode>> = {
  État: "state",
  Collectivité: "local",
  Europe: "eu",
  "Autre public": "otherPublic",
  Privé: "private",
};

/** Each Statut's code in a document. */
export const FUNDING_STATUS_CODES: Readonly<Record<FundingStatus, FundingStatusCode>> = {
  envisagé: "planned",
  sollicité: "requested",
  notifié: "awarded",
  refusé: "refused",
  soldé: "closed",
};

/**
 * The plan de financement with money to cents, ratios to 4 decimals, keys in SPEC §5.4 order.
 * @example toDocumentFunding(funding).byFunder[0]?.category // "state"
 */
export function toDocumentFunding(f: FundingResult): DocumentFunding {
  return {
    requested: roundNullable(f.requested, roundMoney),
    awarded: roundMoney(f.awarded),
    received: roundMoney(f.received),
    expected: roundMoney(f.expected),
    toReceive: roundMoney(f.toReceive),
    awardedToReceive: roundMoney(f.awardedToReceive),
    publicExpected: roundMoney(f.publicExpected),
    privateExpected: roundMoney(f.privateExpected),
    ownerShare: roundMoney(f.ownerShare),
    ownerShareRate: roundNullable(f.ownerShareRate, roundRatio),
    publicAidRate: roundNullable(f.publicAidRate, roundRatio),
    byFunder: f.byFunder.map((r) => ({
      funder: r.funder,
      scheme: r.scheme,
      category: FUNDING_CATEGORY_CODES[r.category],
      status: FUNDING_STATUS_CODES[r.status],
      requested: roundMoney(r.requested),
      awarded: roundMoney(r.awarded),
      received: roundMoney(r.received),
      expected: roundMoney(r.expected),
    })),
  };
}

/** The FCTVA by year of receipt, to cents. */
export function roundFctvaYear(y: FctvaYear): FctvaYear {
  return { year: y.year, amount: roundMoney(y.amount) };
}
