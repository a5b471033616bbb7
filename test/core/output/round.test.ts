import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundMoney, roundNullable, roundRatio, roundTo } from "../../../src/core/output/round.js";

describe("roundTo (half away from zero, no float noise, no -0)", () => {
  it.each([
    ["half up at cents", 0.125, 2, 0.13],
    ["half away from zero for negatives", -0.125, 2, -0.13],
    ["float artefact 1.005 rounds up", 1.005, 2, 1.01],
    ["float artefact 2.675 rounds up", 2.675, 2, 2.68],
    ["noise 0.1 + 0.2", 0.1 + 0.2, 2, 0.3],
    ["1e-10 noise above an integer", 100 + 1e-10, 2, 100],
    ["1e-10 noise below an integer", 100 - 1e-10, 2, 100],
    ["tiny negative becomes +0", -0.001, 2, 0],
    ["-0 stays +0", -0, 2, 0],
    ["two thirds at 4 decimals", 2 / 3, 4, 0.6667],
    ["half at 4 decimals", 0.00005, 4, 0.0001],
    ["integers", 12.5, 0, 13],
    ["negative half integer", -12.5, 0, -13],
    ["large amount keeps its cents", 123_456_789.125, 2, 123_456_789.13],
  ])("%s: roundTo(%d, %d) = %d", (_name, x, decimals, expected) => {
    const got = roundTo(x, decimals);
    expect(got).toBe(expected);
    expect(Object.is(got, -0)).toBe(false);
  });

  it("throws on a non-finite number (a programmer mistake)", () => {
    expect(() => roundMoney(Number.NaN)).toThrow(RangeError);
    expect(() => roundMoney(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it.each([
    ["null stays null", null, null],
    ["infinite ratio becomes null", Number.POSITIVE_INFINITY, null],
    ["a ratio is rounded", 1 / 3, 0.3333],
  ])("roundNullable: %s", (_name, x, expected) => {
    expect(roundNullable(x, roundRatio)).toBe(expected);
  });
});

describe("roundTo properties", () => {
  it("is idempotent, within half a unit, and never -0", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const r = roundTo(x, d);
        expect(Object.is(r, -0)).toBe(false);
        expect(roundTo(r, d)).toBe(r);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 / 10 ** d + Math.abs(x) * 1e-12);
      }),
    );
  });
});
