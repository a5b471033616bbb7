/** Range rules beyond a column's type (SPEC §1): amounts ≥ 0, days ≥ 0, percentages 0–100 %. */
import type { CellValue } from "../cells/read.js";
import type { ColumnSpec } from "../template/columns.js";
import type { TabKey } from "../types.js";

/** Number columns that count days, which cannot be negative. */
const NON_NEGATIVE_NUMBERS = new Set(["equipe.planned", "equipe.actual", "capacite.available"]);

/**
 * The `expected` key a read value breaks, or null when it is acceptable.
 * @example breaksRange("budget", { key: "initial", type: "amount" }, -5) // "amountPositive"
 */
export function breaksRange(tab: TabKey, column: Pick<ColumnSpec, "key" | "type">, value: CellValue): string | null {
  if (typeof value !== "number") return null;
  if (column.type === "amount") return value < 0 ? "amountPositive" : null;
  if (column.type === "percent") return value < 0 || value > 1 ? "percentRange" : null;
  if (column.type === "number" && NON_NEGATIVE_NUMBERS.has(`${tab}.${column.key}`)) {
    return value < 0 ? "numberPositive" : null;
  }
  return null;
}
