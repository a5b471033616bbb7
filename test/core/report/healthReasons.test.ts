import { describe, expect, it } from "vitest";
import { healthReasons } from "../../../src/core/report/synthesis/healthReasons.js";
import { makeAnalysis } from "../output/fixtures.js";

describe("healthReasons", () => {
  const nb = "\u202f";
  it.each([
    [
      "fr",
      {
        budget: `prévision finale = 104,2${nb}% des crédits ouverts ; 1 ligne surengagée`,
        schedule: "glissement 13 j ouvrés ; 1 étape en retard",
        staffing: `charge maximale 125${nb}% de la capacité`,
      },
    ],
    [
      "en",
      {
        budget: "forecast = 104.2% of open credits; 1 overcommitted line",
        schedule: "slip 13 working days; 1 late step",
        staffing: "peak load 125% of capacity",
      },
    ],
  ] as const)("%s: the facts behind each colour", (lang, expected) => {
    const analysis = { ...makeAnalysis(), lang };
    const reasons = healthReasons(analysis);
    // Spaces inside numbers differ by platform formatter: compare with ordinary spaces.
    const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, " ");
    expect({
      budget: plain(reasons.budget),
      schedule: plain(reasons.schedule),
      staffing: plain(reasons.staffing),
    }).toEqual({
      budget: plain(expected.budget),
      schedule: plain(expected.schedule),
      staffing: plain(expected.staffing),
    });
  });

  it("says when no capacity is given and when the digital service is absent", () => {
    const base = makeAnalysis();
    const analysis = {
      ...base,
      results: {
        ...base.results,
        staffing: {
          ...base.results.staffing,
          digitalServiceInvolved: false,
          load: base.results.staffing.load.map((c) => ({ ...c, capacity: null, load: null })),
        },
      },
    };
    expect(healthReasons(analysis).staffing).toBe(
      "capacité non renseignée\u00A0; service numérique absent de l'équipe",
    );
  });
});
