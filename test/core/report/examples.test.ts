/**
 * The real pipeline on the six example projects: parse → check → compute → the generated tabs
 * and the JSON documents. Guards the output code against what the teammates' modules produce.
 */
import { describe, expect, it } from "vitest";
import { analyzeWorkbook } from "../../../src/core/analyze.js";
import { EXAMPLE_CAPACITY, EXAMPLE_STATUS_DATE, EXAMPLES } from "../../../src/core/examples/index.js";
import { renderCheckDocumentJson, toCheckDocument } from "../../../src/core/output/checkDocument.js";
import {
  buildPortfolioSheets,
  consolidatePortfolio,
  summarizeProject,
  toPortfolioDocument,
} from "../../../src/core/portfolio/index.js";
import { buildProjectReport } from "../../../src/core/report/projectReport.js";
import { exampleGrid } from "../../../src/core/template/grid.js";
import { expectWellFormed } from "./invariants.js";

const analyses = EXAMPLES.map((project) => ({
  file: project.file,
  analysis: analyzeWorkbook(exampleGrid(project), { statusDate: EXAMPLE_STATUS_DATE }),
}));

describe("output on the example projects", () => {
  it.each(analyses.map((a) => [a.file, a.analysis] as const))("%s: report tabs are well formed", (_file, analysis) => {
    const sheets = buildProjectReport(analysis);
    for (const s of sheets) expectWellFormed(s);
    const doc = toCheckDocument(analysis);
    expect(JSON.parse(renderCheckDocumentJson(doc))).toEqual(doc);
  });

  it("consolidates the six projects", () => {
    const p = consolidatePortfolio(
      analyses.map((a) => summarizeProject(a.file, a.analysis)),
      { capacity: EXAMPLE_CAPACITY.map((c) => ({ ...c, row: 2 })) },
    );
    expect(p.rows).toHaveLength(EXAMPLES.length);
    expect(p.failures).toEqual([]);
    for (const s of buildPortfolioSheets(p)) expectWellFormed(s);
    expect(toPortfolioDocument(p).kpis.projects).toBe(EXAMPLES.length);
    const planned = analyses.flatMap((a) => a.analysis.results.staffing.load).reduce((n, c) => n + c.planned, 0);
    expect(p.staffing.reduce((n, c) => n + c.planned, 0)).toBeCloseTo(planned, 9);
    expect(p.staffing.some((c) => c.capacity !== null)).toBe(true);
  });
});
