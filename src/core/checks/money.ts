/** Money comparisons that ignore float noise: amounts are compared in whole cents. */

/**
 * An amount in whole cents, half away from zero; a relative nudge absorbs binary noise
 * (1.005 × 100 = 100.49999999999999 still gives 101).
 * @example cents(0.1 + 0.2) // 30
 */
export function cents(amount: number): number {
  const x = amount * 100;
  const nudged = x + x * 4 * Number.EPSILON;
  return nudged < 0 ? -Math.round(-nudged) : Math.round(nudged);
}

/** Whether `a` exceeds `b` by at least one cent. */
export function exceeds(a: number, b: number): boolean {
  return cents(a) > cents(b);
}
