/** The write guard, one rule for every host (SPEC §1), with English tab names (SPEC §6). */
import { describe, expect, it } from "vitest";
import { otherLanguageName, planGeneratedWrite } from "../../../src/core/app/index.js";
import { GENERATED_MARK } from "../../../src/core/types.js";

const marked = (name: string) => ({ name, a1: `${GENERATED_MARK} — Portefeuille de projets` });
const user = (name: string) => ({ name, a1: "mes notes" });
const caseless = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

describe("the other language's name of a generated tab", () => {
  it.each([
    ["Tableau de bord", "Dashboard"],
    ["Dashboard", "Tableau de bord"],
    ["Charge services", "Service load"],
    ["Contrôles", "Checks"],
    ["Changes", "Évolution"],
    ["PPI", "Capital plan"],
    ["Synthèse", null],
    ["Notes", null],
  ])("%s → %s", (name, other) => {
    expect(otherLanguageName(name)).toBe(other);
  });
});

describe("where each generated tab is written", () => {
  it.each([
    ["no tab yet: added", ["Dashboard"], [], [null], 0],
    ["its own marked tab: replaced", ["Dashboard"], [marked("Dashboard")], ["Dashboard"], 0],
    ["its own tab without the mark: refused", ["Dashboard"], [user("Dashboard")], ["Dashboard"], 1],
    [
      "the other language's marked tab: replaced (and renamed)",
      ["Dashboard"],
      [marked("Tableau de bord")],
      ["Tableau de bord"],
      0,
    ],
    [
      "the other language's tab without the mark: the user's, left alone",
      ["Dashboard"],
      [user("Tableau de bord")],
      [null],
      0,
    ],
    [
      "both languages there: its own name wins",
      ["Tableau de bord"],
      [marked("Dashboard"), marked("Tableau de bord")],
      ["Tableau de bord"],
      0,
    ],
    ["a project report's tab has one name", ["Synthèse"], [marked("Summary")], [null], 0],
  ] as const)("%s", (_name, names, existing, replaces, refused) => {
    const plan = planGeneratedWrite(names, existing, "fr");
    expect(plan.targets.map((t) => t.replaces)).toEqual(replaces);
    expect(plan.targets.map((t) => t.name)).toEqual(names);
    expect(plan.refused).toHaveLength(refused);
  });

  it("takes the host's rule for two names being one tab (Excel: case-insensitive)", () => {
    expect(planGeneratedWrite(["Dashboard"], [marked("TABLEAU DE BORD")], "en", caseless).targets).toEqual([
      { name: "Dashboard", replaces: "TABLEAU DE BORD" },
    ]);
    expect(planGeneratedWrite(["Dashboard"], [marked("TABLEAU DE BORD")], "en").targets[0]?.replaces).toBeNull();
  });

  it("one unmarked tab among many: refused with the sentence of the language", () => {
    const plan = planGeneratedWrite(["Dashboard", "Checks"], [marked("Tableau de bord"), user("Checks")], "en");
    expect(plan.refused).toEqual([
      {
        sheet: "Checks",
        reason: `A tab "Checks" exists without the mark "${GENERATED_MARK}" in A1: rename it or delete it; nothing was written.`,
      },
    ]);
  });
});
