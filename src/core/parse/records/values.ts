/**
 * Narrowing raw typed values (already checked against their column's type) for the record
 * builders. The key must be a column of the row's tab: a misspelt key fails to compile.
 */
import type { CellValue } from "../../cells/read.js";

type Values<C extends string> = Readonly<Partial<Record<C, CellValue | null>>>;

/** A text (or ISO date/month, or enum) field, or null. */
export function textOf<C extends string>(v: Values<C>, k: NoInfer<C>): string | null {
  const value = v[k];
  return typeof value === "string" ? value : null;
}

/** A numeric field, or null. */
export function numberOf<C extends string>(v: Values<C>, k: NoInfer<C>): number | null {
  const value = v[k];
  return typeof value === "number" ? value : null;
}

/** A yes/no field, or `fallback`. */
export function boolOf<C extends string>(v: Values<C>, k: NoInfer<C>, fallback: boolean): boolean {
  const value = v[k];
  return typeof value === "boolean" ? value : fallback;
}

/** A list field, empty when absent. */
export function listOf<C extends string>(v: Values<C>, k: NoInfer<C>): readonly string[] {
  const value = v[k];
  return Array.isArray(value) ? value : [];
}

/** A required field (the table reader skipped rows where it is missing). */
export function requiredText<C extends string>(v: Values<C>, k: NoInfer<C>): string {
  const s = textOf(v, k);
  if (s === null) throw new Error(`Required field ${k} missing after reading`);
  return s;
}

/** A required numeric field. */
export function requiredNumber<C extends string>(v: Values<C>, k: NoInfer<C>): number {
  const n = numberOf(v, k);
  if (n === null) throw new Error(`Required field ${k} missing after reading`);
  return n;
}
