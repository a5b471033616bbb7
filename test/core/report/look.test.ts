import { describe, expect, it } from "vitest";
import { LOOKS } from "../../../src/core/report/look.js";

/** WCAG relative luminance of `#RRGGBB`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe("the one look every host writes", () => {
  it.each(Object.entries(LOOKS))("%s: text stays readable (contrast ≥ 4.5:1)", (_style, look) => {
    expect(contrast(look.color ?? "#000000", look.fill ?? "#FFFFFF")).toBeGreaterThanOrEqual(4.5);
  });

  it("health is told by words as well as colours: three distinct fills", () => {
    expect(new Set([LOOKS.green.fill, LOOKS.amber.fill, LOOKS.red.fill]).size).toBe(3);
  });
});
