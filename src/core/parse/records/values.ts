/** Narrowing raw typed values (already checked against their column's type) for the record builders. */
import type { CellValue } from "../../cells/read.js";

type Values = Readonly<Record<string, CellValue | null>>;

/** A text (or ISO date/month, or enum) field, or null. */
export const textOf = (v: Values, k: string): string | null => (typeof v[k] === "string" ? (v[k] as string) : null);
/** A numeric field, or null. */
export const numberOf = (v: Values, k: string): number | null => (typeof v[k] === "number" ? (v[k] as number) : null);
/** A yes/no field, or `fallback`. */
export const boolOf = (v: Values, k: string, fallback: boolean): boolean =>
  typeof v[k] === "boolean" ? (v[k] as boolean) : fallback;
/** A list field, empty when absent. */
export const listOf = (v: Values, k: string): readonly string[] => (Array.isArray(v[k]) ? (v[k] as string[]) : []);
/** A required field (the table reader skipped rows where it is missing). */
export function requiredText(v: Values, k: string): string {
  const s = textOf(v, k);
  if (s === null) throw new Error(`Required field ${k} missing after reading`);
  return s;
}
/** A required numeric field. */
export function requiredNumber(v: Values, k: string): number {
  const n = numberOf(v, k);
  if (n === null) throw new Error(`Required field ${k} missing after reading`);
  return n;
}
