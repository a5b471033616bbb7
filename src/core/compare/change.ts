/**
 * Changes between two values of one kind: equal values are no change; the delta is new − old
 * for figures (rounded as the figures are) and the calendar days between for dates.
 */
import { daysBetween } from "../dates.js";
import { roundInteger, roundMoney, roundRatio } from "../output/round.js";
import type { Change, ChangeValue, FieldKey, Theme, ValueKind } from "./types.js";

const ROUND: Partial<Record<ValueKind, (x: number) => number>> = {
  money: roundMoney,
  ratio: roundRatio,
  integer: roundInteger,
};

/**
 * The delta of two values of `kind`, or null (a side missing, or words).
 * @example deltaOf("date", "2026-12-04", "2027-01-15") // 42
 * @example deltaOf("money", 0.1, 0.3) // 0.2
 */
export function deltaOf(kind: ValueKind, old: ChangeValue, now: ChangeValue): number | null {
  if (kind === "date") return typeof old === "string" && typeof now === "string" ? daysBetween(old, now) : null;
  const round = ROUND[kind];
  if (!round || typeof old !== "number" || typeof now !== "number") return null;
  return round(now - old);
}

/** Where a change belongs and how it is shown. */
export interface ChangeSpec {
  readonly what: string;
  readonly theme: Theme;
  readonly kind: ValueKind;
  readonly subject?: string | null;
  readonly field?: FieldKey | null;
}

/**
 * The change from `old` to `now`, or null when they are equal (values are compared as rounded).
 * @example valueChange({ what: "status", theme: "project", kind: "status" }, "en cours", "réalisé")?.delta // null
 */
export function valueChange(spec: ChangeSpec, old: ChangeValue, now: ChangeValue): Change | null {
  if (old === now) return null;
  return {
    what: spec.what,
    old,
    new: now,
    delta: deltaOf(spec.kind, old, now),
    theme: spec.theme,
    kind: spec.kind,
    subject: spec.subject ?? null,
    field: spec.field ?? null,
  };
}

/** Collects the non-null changes, in order. */
export function present(changes: readonly (Change | null)[]): Change[] {
  return changes.filter((c): c is Change => c !== null);
}

/**
 * Entities of two lists matched by key: those on both sides (in the new list's order), then
 * those only in the new list (added) and only in the old one (removed). The first of a key wins.
 * @example matchByKey([{ id: "a" }], [{ id: "a" }, { id: "b" }], (x) => x.id).added.length // 1
 */
export function matchByKey<T>(
  olds: readonly T[],
  news: readonly T[],
  keyOf: (item: T) => string,
): { readonly both: readonly (readonly [T, T])[]; readonly added: readonly T[]; readonly removed: readonly T[] } {
  const oldByKey = firstByKey(olds, keyOf);
  const newByKey = firstByKey(news, keyOf);
  const both: (readonly [T, T])[] = [];
  const added: T[] = [];
  for (const [key, item] of newByKey) {
    const before = oldByKey.get(key);
    if (before === undefined) added.push(item);
    else both.push([before, item]);
  }
  const removed = [...oldByKey].filter(([key]) => !newByKey.has(key)).map(([, item]) => item);
  return { both, added, removed };
}

function firstByKey<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const key = keyOf(item);
    if (!map.has(key)) map.set(key, item);
  }
  return map;
}
