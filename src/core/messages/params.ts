/**
 * Reading one code's params in its message templates. Keys are those of the code's params
 * ({@link IssueParamsByCode}), so a template cannot interpolate a param its code does not have.
 */
import type { IssueCode, IssueParamsByCode } from "../types.js";

/** One message template per code, taking exactly that code's params. */
export type Catalogue = { readonly [C in IssueCode]: (params: IssueParamsByCode[C]) => string };

/** The keys of `P` whose values are numbers. */
export type NumberKey<P> = { [K in keyof P]: P[K] extends number ? K : never }[keyof P] & string;

/**
 * The param as text ("" when absent).
 * @example str({ id: "E9" }, "id") // "E9"
 */
export function str<P extends object>(params: P, key: keyof P & string): string {
  const v: unknown = params[key];
  return v === undefined || v === null ? "" : String(v);
}

/**
 * The param as a number (NaN when absent or not numeric).
 * @example num({ rate: 0.85 }, "rate") // 0.85
 */
export function num<P extends object>(params: P, key: NumberKey<P>): number {
  const v: unknown = params[key];
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "") return Number(v);
  return Number.NaN;
}
