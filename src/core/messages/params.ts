/** Reading typed values out of {@link IssueParams}, whatever a caller put there. */
import type { IssueParams } from "../types.js";

/** The param as text ("" when absent). */
export function str(params: IssueParams, key: string): string {
  const v = params[key];
  return v === undefined || v === null ? "" : String(v);
}

/** The param as a number (NaN when absent or not numeric). */
export function num(params: IssueParams, key: string): number {
  const v = params[key];
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "") return Number(v);
  return Number.NaN;
}
