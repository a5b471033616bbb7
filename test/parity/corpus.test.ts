/** The parity corpus covers what it claims: every project-level check code, and readable fixtures. */
import { describe, expect, it } from "vitest";
import { analyzeWorkbook } from "../../src/core/analyze.js";
import { buildCorpus, EXPECTED_CODES } from "../fixtures/corpus.js";

const corpus = buildCorpus();
const codesOf = (name: string) => {
  const f = corpus.find((x) => x.name === name);
  if (!f) throw new Error(name);
  return new Set(analyzeWorkbook(f.grid, { statusDate: "2026-11-20", lang: "fr" }).issues.map((i) => i.code));
};

describe("the parity corpus", () => {
  it("has unique fixture names", () => {
    expect(new Set(corpus.map((f) => f.name)).size).toBe(corpus.length);
  });

  it("triggers every check code of SPEC §2 but PORTFOLIO_DUPLICATE_CODE at least once", () => {
    const union = new Set(corpus.flatMap((f) => [...codesOf(f.name)]));
    expect([...EXPECTED_CODES].filter((c) => !union.has(c))).toEqual([]);
  });
});

describe("representation does not change the figures", () => {
  const results = (name: string) => {
    const f = corpus.find((x) => x.name === name);
    if (!f) throw new Error(name);
    const a = analyzeWorkbook(f.grid, { statusDate: "2026-11-20", lang: "fr" });
    // Sheet row numbers move with title rows: everything but them must match.
    const withoutRows = JSON.parse(JSON.stringify(a.results, (k, v) => (k === "row" ? undefined : v)));
    return { results: withoutRows, issues: a.issues.map((i) => i.code) };
  };
  it.each([
    ["as-typed", "example-MED-2025-01"],
    ["title-rows", "example-NUM-2026-02"],
    ["extra-columns", "example-VOI-2026-01"],
    ["english", "example-MED-2025-01"],
  ])("%s computes what %s computes", (variant, base) => {
    expect(results(variant)).toEqual(results(base));
  });
});
