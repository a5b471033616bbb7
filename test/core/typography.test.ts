/**
 * French typography of the texts we write ourselves (not the user's data, which is copied as
 * typed): a no-break space before « : ; ? ! » and after « «, so that a wrapped cell never starts
 * a line with a colon. The blank template holds only our texts; the label tables are what the
 * generated tabs are made of.
 */
import { describe, expect, it } from "vitest";
import { PORTFOLIO_LABEL_KEYS, portfolioLabels } from "../../src/core/portfolio/labels.js";
import { LABEL_KEYS, labels } from "../../src/core/report/labels.js";
import { buildTemplateSheets } from "../../src/core/template/sheets.js";

/** A regular space where French wants a no-break one. */
const BREAKABLE = /[^\s] [:;?!»]|« /;

const offending = (texts: readonly string[]) => texts.filter((t) => BREAKABLE.test(t));

describe("French typography of our own texts", () => {
  it("the blank template's tabs (Mode d'emploi, help texts, headers)", () => {
    const texts = buildTemplateSheets({ lang: "fr" }).flatMap((s) =>
      s.rows.flatMap((row) => row.filter((v): v is string => typeof v === "string")),
    );
    expect(texts.length).toBeGreaterThan(100);
    expect(offending(texts)).toEqual([]);
  });

  it.each([
    ["the report's labels (Synthèse, Contrôles)", LABEL_KEYS.map(labels("fr"))],
    ["the portfolio's labels", PORTFOLIO_LABEL_KEYS.map(portfolioLabels("fr"))],
  ] as const)("%s", (_name, texts) => {
    expect(texts.length).toBeGreaterThan(30);
    expect(texts.filter((t) => t.includes("\u00A0:")).length).toBeGreaterThan(0);
    expect(offending(texts)).toEqual([]);
  });
});
