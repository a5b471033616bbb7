/** The panel's outcome lines of Consolider: what became of each file that is not a project (SPEC §6). */
import { describe, expect, it } from "vitest";
import type { ConsolidateOutcome } from "../../src/core/app/index.js";
import { writtenLines } from "../../src/panel/chrome.js";

const outcome: ConsolidateOutcome = {
  written: ["Tableau de bord"],
  refused: [],
  projects: 2,
  failures: [],
  notes: [
    { file: "capacite.xlsx", kind: "capacity" },
    { file: "portefeuille.xlsx", kind: "generated" },
    { file: "capacite-2025.xlsx", kind: "capacityIgnored" },
    { file: "voirie - Copie.xlsx", kind: "setAside" },
  ],
};

describe("Consolider's outcome lines", () => {
  it.each([
    [
      "fr",
      [
        "Tableau de bord écrit.",
        "capacite.xlsx\u00A0: capacité des services.",
        "portefeuille.xlsx\u00A0: ancien portefeuille ou rapport, ignoré.",
        "capacite-2025.xlsx\u00A0: autre capacité des services, ignorée.",
        "voirie - Copie.xlsx\u00A0: code projet déjà compté dans un autre classeur, écarté.",
      ],
    ],
    [
      "en",
      [
        "Tableau de bord written.",
        "capacite.xlsx: service capacity.",
        "portefeuille.xlsx: previous portfolio or report, skipped.",
        "capacite-2025.xlsx: another service capacity, skipped.",
        "voirie - Copie.xlsx: project code counted from another workbook, set aside.",
      ],
    ],
  ] as const)("%s", (lang, lines) => {
    expect(writtenLines(outcome, lang, "consolidate")).toEqual(lines);
  });

  it("an outcome without notes (a host that predates them) gives the written line only", () => {
    const { notes: _, ...old } = outcome;
    expect(writtenLines(old, "fr", "consolidate")).toEqual(["Tableau de bord écrit."]);
  });
});
