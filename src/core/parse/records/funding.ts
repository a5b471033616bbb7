/** A `Financement` row as a typed {@link FundingRow}, with the defaults of SPEC §5.1. */
import type { FundingCategory, FundingRow, FundingStatus, IsoDate } from "../../types.js";
import type { RowOf } from "./tables.js";
import { numberOf, requiredText, textOf } from "./values.js";

/**
 * The status of a row whose Statut is empty (SPEC §5.1): `notifié` when an amount was awarded,
 * else `sollicité` when the application was filed, else `envisagé`.
 * @example defaultFundingStatus(null, "2026-02-10") // "sollicité"
 */
export function defaultFundingStatus(awarded: number | null, filedOn: IsoDate | null): FundingStatus {
  if (awarded !== null && awarded > 0) return "notifié";
  return filedOn !== null ? "sollicité" : "envisagé";
}

/** A Financement row: Montant encaissé defaults to 0, Statut to {@link defaultFundingStatus}. */
export function buildFundingRow({ row, values: v }: RowOf<"financement">): FundingRow {
  const awarded = numberOf(v, "awarded");
  const filedOn = textOf(v, "filedOn");
  return {
    row,
    funder: requiredText(v, "funder"),
    scheme: textOf(v, "scheme"),
    category: requiredText(v, "category") as FundingCategory,
    eligibleBase: numberOf(v, "eligibleBase"),
    rate: numberOf(v, "rate"),
    requested: numberOf(v, "requested"),
    filedOn,
    awarded,
    awardedOn: textOf(v, "awardedOn"),
    received: numberOf(v, "received") ?? 0,
    status: (textOf(v, "status") as FundingStatus | null) ?? defaultFundingStatus(awarded, filedOn),
    startBy: textOf(v, "startBy"),
    completeBy: textOf(v, "completeBy"),
  };
}
