/**
 * Every generated text cell stays text, in a French and in an American spreadsheet: first what
 * the fake's typing rules (test/fakes/gas/typed.ts) make of each string given bare — so that
 * each case below is one Sheets would really change — then the same strings written by the
 * script's writer, and through the built Code.js, coming back as the very strings.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { writeOutputSheets } from "../../src/apps-script/write.js";
import { MEDIATHEQUE } from "../../src/core/examples/index.js";
import { buildTemplateSheets } from "../../src/core/template/sheets.js";
import type { OutputSheet } from "../../src/core/types.js";
import { execute, GasWorld, type Typed, typed } from "../fakes/gas/index.js";
import { type Built, buildApps, fill, withProjectValue } from "./helpers.js";

let built: Built;
beforeAll(async () => {
  built = await buildApps();
});

const FR = "fr_FR";
const US = "en_US";

/** Each string, and what it becomes when given bare to a French and to an American spreadsheet. */
const CASES: readonly [string, Typed["kind"], Typed["kind"]][] = [
  ["Mars 2026", "date", "text"],
  ["March 2026", "text", "date"],
  ["1/2", "date", "date"],
  ["3-4", "date", "date"],
  ["TRUE", "boolean", "boolean"],
  ["VRAI", "boolean", "text"],
  ["1e5", "number", "number"],
  ["0612", "number", "number"],
  ["12 %", "number", "number"],
  ["10:30", "date", "date"],
  ["1\u00A0234", "number", "text"],
  ["1,234", "number", "number"],
  ["12 €", "number", "number"],
  ["2026-03", "date", "date"],
  ["=1+1", "formula", "formula"],
  ["+33 6 12 34 56 78", "formula", "formula"],
  ["-x", "formula", "formula"],
  ["@x", "formula", "formula"],
  ["'quoted", "text", "text"],
  ["Médiathèque", "text", "text"],
];

describe("the fake types strings as Sheets does, by locale", () => {
  it.each(CASES)("%j bare: %s in fr_FR, %s in en_US", (text, fr, us) => {
    expect(typed(text, FR, 2026).kind).toBe(fr);
    expect(typed(text, US, 2026).kind).toBe(us);
  });

  it.each([
    ["a French month", "Mars 2026", FR, { kind: "date", iso: "2026-03-01", seconds: 0 }],
    ["day first in France", "1/2", FR, { kind: "date", iso: "2026-02-01", seconds: 0 }],
    ["month first in the US", "1/2", US, { kind: "date", iso: "2026-01-02", seconds: 0 }],
    ["a time", "10:30", US, { kind: "date", iso: "1899-12-30", seconds: 37_800 }],
    ["French thousands", "1\u00A0234", FR, { kind: "number", value: 1234 }],
    ["French decimals", "1,234", FR, { kind: "number", value: 1.234 }],
    ["American thousands", "1,234", US, { kind: "number", value: 1234 }],
    ["a percentage", "12 %", FR, { kind: "number", value: 0.12 }],
    ["leading zeros", "0612", FR, { kind: "number", value: 612 }],
    ["the apostrophe eaten", "'quoted", FR, { kind: "text", text: "quoted" }],
    ["a sign then words", "-x", US, { kind: "formula", formula: "=-x" }],
  ])("%s: %j in %s", (_edge, text, locale, expected) => {
    expect(typed(text, locale, 2026)).toEqual(expected);
  });
});

function world(locale: string): GasWorld {
  return new GasWorld({ timeZone: "Europe/Paris", locale, htmlDir: "" });
}

/** One generated tab holding every case, one per row, beside the mark. */
function tab(): OutputSheet {
  return {
    name: "Synthèse",
    rows: [["Généré par fiche-projet"], ...CASES.map(([text]) => [text])],
    columnWidths: [30],
    frozenRows: 1,
    styles: [],
    filters: [],
    charts: [],
  };
}

describe.each([FR, US])("written by the script in a %s spreadsheet", (locale) => {
  it("each string comes back as itself, no formula anywhere", () => {
    const w = world(locale);
    const globals = w.globals() as { SpreadsheetApp: unknown; Utilities: unknown };
    Object.assign(globalThis, { SpreadsheetApp: globals.SpreadsheetApp, Utilities: globals.Utilities });
    writeOutputSheets(w.active as never, [tab()], { lang: "fr", mode: "generated" });
    const sheet = w.active.getSheetByName("Synthèse");
    expect(sheet?.dump().slice(1).flat()).toEqual(CASES.map(([text]) => text));
    expect([...(sheet?.formulas.keys() ?? [])]).toEqual([]);
  });
});

describe.each([FR, US])("through the built Code.js, a %s spreadsheet", (locale) => {
  it.each(CASES.map(([text]) => [text]))("a project titled %j: Synthèse holds that very title", (title) => {
    const w = world(locale);
    fill(w.active, withProjectValue(buildTemplateSheets({ lang: "fr", example: MEDIATHEQUE }), "Intitulé", title));
    execute(built.code, w, "ficheProjetCompute");
    const synth = w.active.getSheetByName("Synthèse");
    expect(synth?.dump().flat()).toContain(title);
    expect([...(synth?.formulas.keys() ?? [])]).toEqual([]);
  });

  it("Créer la fiche with the example, read back: the same strings (months, accounts, names)", () => {
    const w = world(locale);
    execute(built.code, w, "ficheProjetCreateTemplate", "fr", true);
    for (const out of buildTemplateSheets({ lang: "fr", example: MEDIATHEQUE })) {
      const sheet = w.active.getSheetByName(out.name);
      out.rows.forEach((row, r) => {
        row.forEach((cell, c) => {
          if (typeof cell === "string" && cell !== "") expect(sheet?.cell(r + 1, c + 1)).toBe(cell);
        });
      });
    }
  });
});
