/**
 * Rounding for the JSON documents (SPEC §4): the one place where full-precision values
 * are cut. Half away from zero, after removing binary float noise, and never `-0`.
 */

/**
 * Rounds `x` to `decimals` places, half away from zero.
 * The scaled value is first read back at 15 significant digits so that float artefacts
 * (`1.005 * 100 = 100.49999999999999`) do not decide the direction.
 * @example roundTo(1.005, 2) // 1.01
 * @example roundTo(-0.001, 2) // 0 (not -0)
 */
export function roundTo(x: number, decimals: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`Cannot round a non-finite number: ${x}`);
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(x) * factor).toPrecision(15));
  const rounded = (Math.sign(x) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** Money to cents. @example roundMoney(1234.565) // 1234.57 */
export function roundMoney(x: number): number {
  return roundTo(x, 2);
}

/** A ratio (rate, index, load, attainment) to 4 decimals. @example roundRatio(2 / 3) // 0.6667 */
export function roundRatio(x: number): number {
  return roundTo(x, 4);
}

/** A count of days to an integer. */
export function roundInteger(x: number): number {
  return roundTo(x, 0);
}

/** A quantity such as person-days to 2 decimals. */
export function roundQuantity(x: number): number {
  return roundTo(x, 2);
}

/** Applies `round` unless the value is null; a non-finite value becomes null (a ratio over zero). */
export function roundNullable(x: number | null, round: (v: number) => number): number | null {
  return x === null || !Number.isFinite(x) ? null : round(x);
}
