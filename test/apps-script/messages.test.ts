/** The Apps Script hosts' catalogue: every sentence in both languages, each in one language only, French typography. */
import { describe, expect, it } from "vitest";
import { type ErrorParams, type FileReasonParams, messageText } from "../../src/apps-script/messages.js";

/** One set of params per code: the catalogue must have a sentence for each. */
const SAMPLES: { readonly [C in keyof (ErrorParams & FileReasonParams)]: (ErrorParams & FileReasonParams)[C] } = {
  LOCK_BUSY: {},
  CELL_NOT_FOUND: { cell: "Budget!L5" },
  FOLDER_MISSING: {},
  FOLDER_LINK_NOT_FOLDER: { input: "https://docs.google.com/spreadsheets/d/1x/edit", what: "spreadsheet" },
  FOLDER_INACCESSIBLE: { id: "1Abc" },
  FOLDER_EMPTY: { folder: "Fiches 2026" },
  FOLDER_NO_SPREADSHEET: { folder: "Fiches 2026", count: 3 },
  TIME_LIMIT: { role: "lead" },
  CONSOLIDATE_NOT_HERE: {},
  CONNECTION: { message: "NetworkError" },
  UNEXPECTED: { message: "TypeError" },
  FILE_NO_PERMISSION: {},
  FILE_FAILED: { message: "#REF!" },
  FILE_INTERRUPTED: {},
};

const CODES = Object.keys(SAMPLES) as (keyof typeof SAMPLES)[];
const text = (code: keyof typeof SAMPLES, lang: "fr" | "en") => messageText(code, SAMPLES[code] as never, lang);

describe("the catalogue", () => {
  it.each(CODES)("%s: French with no-break spaces before : ; ? ! and inside « »", (code) => {
    const fr = text(code, "fr");
    expect(fr).not.toMatch(/ [:;?!»]|« /);
    expect(fr).not.toMatch(/[“”]/);
  });

  it.each(CODES)("%s: English, and not the French sentence", (code) => {
    const en = text(code, "en");
    expect(en).not.toBe(text(code, "fr"));
    expect(en).not.toMatch(/[«»\u00A0]/);
  });

  it.each(CODES.filter((c) => !c.startsWith("FILE_")))(
    "%s: a whole sentence saying what to do next (a second clause or sentence after the problem)",
    (code) => {
      for (const lang of ["fr", "en"] as const) expect(text(code, lang)).toMatch(/^[A-Z«“Éd].*[:;.] .*\.$/su);
    },
  );
});
