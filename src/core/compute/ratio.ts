/** A ratio that is null, not 0 or Infinity, when its divisor is 0 (SPEC §3: "a ratio over zero is null"). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
