/** Range rules beyond a column's type (SPEC §1): amounts ≥ 0, days ≥ 0, percentages 0–100 %. */
import type { CellValue } from "../cells/read.js";
import type { ColumnRef, ColumnSpec } from "../template/columns.js";
import type { TabKey } from "../types.js";

/** Number columns that count days, which cannot be negative. */
const DAY_COUNTS: readonly ColumnRef[] = ["equipe.planned", "equipe.actual", "capacite.available"];
const NON_NEGATIVE_NUMBERS: ReadonlySet<string> = new Set(DAY_COUNTS);

/** A range rule: the `expected` key a value breaks, or null when it is acceptable. */
export type RangeRule = (value: CellValue) => string | null;

const nonNegativeAmount: RangeRule = (v) => (typeof v === "number" && v < 0 ? "amountPositive" : null);
const nonNegativeNumber: RangeRule = (v) => (typeof v === "number" && v < 0 ? "numberPositive" : null);
const percentRange: RangeRule = (v) => (typeof v === "number" && (v < 0 || v > 1) ? "percentRange" : null);

/**
 * The range rule of a column, or null when its type says it all (decided once per column).
 * @example rangeRuleOf("budget", { key: "initial", type: "amount" })?.(-5) // "amountPositive"
 */
export function rangeRuleOf(tab: TabKey, column: Pick<ColumnSpec, "key" | "type">): RangeRule | null {
  if (column.type === "amount") return nonNegativeAmount;
  if (column.type === "percent") return percentRange;
  if (column.type === "number" && NON_NEGATIVE_NUMBERS.has(`${tab}.${column.key}`)) return nonNegativeNumber;
  return null;
}

/**
 * The `expected` key a read value breaks, or null when it is acceptable.
 * @example breaksRange("budget", { key: "initial", type: "amount" }, -5) // "amountPositive"
 */
export function breaksRange(tab: TabKey, column: Pick<ColumnSpec, "key" | "type">, value: CellValue): string | null {
  return rangeRuleOf(tab, column)?.(value) ?? null;
}
