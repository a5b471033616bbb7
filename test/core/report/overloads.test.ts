import { describe, expect, it } from "vitest";
import { overloadLine } from "../../../src/core/report/overloads.js";

describe("overloadLine", () => {
  it.each([
    ["none, fr", [], "fr", "Aucun mois en surcharge"],
    ["none, en", [], "en", "No overloaded month"],
    ["one month", [{ service: "SI", month: "2026-03" }], "fr", "Mois en surcharge : 1 — SI : mars 2026"],
    [
      "months grouped by service, in order of first appearance",
      [
        { service: "Usages numériques", month: "2026-09" },
        { service: "SI", month: "2026-03" },
        { service: "Usages numériques", month: "2026-10" },
      ],
      "fr",
      "Mois en surcharge : 3 — Usages numériques : septembre 2026, octobre 2026 ; SI : mars 2026",
    ],
    ["English punctuation", [{ service: "IT", month: "2026-03" }], "en", "Overloaded months: 1 — IT: March 2026"],
    [
      "a month that is not YYYY-MM is kept as given",
      [{ service: "SI", month: "mars" }],
      "fr",
      "Mois en surcharge : 1 — SI : mars",
    ],
  ] as const)("%s", (_name, overloads, lang, expected) => {
    expect(overloadLine(overloads, lang)).toBe(expected);
  });
});
