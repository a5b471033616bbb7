/** What a value reader returns: a value, nothing (an empty cell), or what was expected instead. */

export type ReadOutcome<T> =
  | { readonly ok: true; readonly value: T | null }
  | { readonly ok: false; readonly expected: string };

/** An empty cell: no value, no problem. */
export const EMPTY: ReadOutcome<never> = { ok: true, value: null };

/** A read value. */
export function found<T>(value: T): ReadOutcome<T> {
  return { ok: true, value };
}

/** A cell that is not of the `expected` type (a key of the message catalogue). */
export function invalid(expected: string): ReadOutcome<never> {
  return { ok: false, expected };
}

/** Whether a text cell holds only spaces (`trim` also strips U+00A0 and U+202F). */
export function isBlank(s: string): boolean {
  return s.trim() === "";
}
