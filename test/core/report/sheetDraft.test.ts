/** Finishing a generated tab: money columns wide enough for their largest amount, never narrower. */
import { describe, expect, it } from "vitest";
import { createDraft, finishSheet, moneyChars, pushRow, styleArea } from "../../../src/core/report/sheetDraft.js";

describe('moneyChars: the characters of #,##0.00 "€"', () => {
  it.each([
    [0, "0,00 €"],
    [999.99, "999,99 €"],
    [1000, "1 000,00 €"],
    [999999.995, "1 000 000,00 €"],
    [1_344_000, "1 344 000,00 €"],
    [-125_439_336.09, "-125 439 336,09 €"],
    [1_000_000_000, "1 000 000 000,00 €"],
  ])("%d shows as %s", (value, shown) => {
    expect(moneyChars(value)).toBe(shown.length);
  });
});

describe("finishSheet", () => {
  const sheet = (amounts: readonly number[], widths: readonly number[]) => {
    const draft = createDraft("Essai");
    pushRow(draft, ["Libellé", "Montant", "Texte"], "header");
    for (const a of amounts) pushRow(draft, ["ligne", a, "x".repeat(40)]);
    styleArea(draft, { row: 1, col: 1, rows: amounts.length, cols: 1 }, "money");
    return finishSheet(draft, widths, 1);
  };

  it.each([
    ["a fiche's amounts fit: widths kept", [1_344_000, 250], [30, 16, 10], [30, 16, 10]],
    ["a portfolio's total of 125 M€: widened to show it", [125_439_336.09], [30, 14, 10], [30, 18, 10]],
    ["a negative total: its sign counted", [-99_999_999.99], [30, 14, 10], [30, 18, 10]],
    ["never narrowed", [1], [30, 40, 10], [30, 40, 10]],
    ["text is not measured (only money cells)", [0], [30, 10, 10], [30, 10, 10]],
  ])("%s", (_name, amounts, widths, expected) => {
    expect(sheet(amounts, widths).columnWidths).toEqual(expected);
  });
});
