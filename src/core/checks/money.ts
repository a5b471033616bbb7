/** Money comparisons that ignore float noise: amounts are compared in whole cents. */

/** An amount in whole cents: `cents(0.1 + 0.2)` → 30. */
export function cents(amount: number): number {
  return Math.round(Number((amount * 100).toPrecision(15)));
}

/** Whether `a` exceeds `b` by at least one cent. */
export function exceeds(a: number, b: number): boolean {
  return cents(a) > cents(b);
}
