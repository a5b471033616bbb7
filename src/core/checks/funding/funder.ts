/** The params that name a row of the plan de financement in a funding issue. */
import type { FundingRow } from "../../types.js";

/**
 * Financeur and Dispositif of a row (`""` when the Dispositif is empty).
 * @example funderParams({ funder: "État", scheme: "DETR", … }) // { funder: "État", scheme: "DETR" }
 */
export function funderParams(row: Pick<FundingRow, "funder" | "scheme">): { funder: string; scheme: string } {
  return { funder: row.funder, scheme: row.scheme ?? "" };
}
