/** Formula errors, whichever way a host hands them over. */
import type { Cell } from "../types.js";

/** Error values of Excel and Google Sheets (Excel's JavaScript API and Sheets give them as plain strings). */
export const FORMULA_ERRORS: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#ERROR!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

/**
 * The formula error a cell holds, or null.
 * @example formulaErrorOf("#REF!") // "#REF!" ; formulaErrorOf({ kind: "error", code: "#N/A" }) // "#N/A"
 */
export function formulaErrorOf(cell: Cell): string | null {
  if (typeof cell === "string") {
    if (!cell.includes("#")) return null;
    const text = cell.trim();
    return FORMULA_ERRORS.has(text) ? text : null;
  }
  if (cell !== null && typeof cell === "object" && cell.kind === "error") return cell.code || "#ERROR!";
  return null;
}
