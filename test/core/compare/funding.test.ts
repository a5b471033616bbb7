/** The plan de financement compared: read from the check document when it has one (SPEC §5.4). */
import { describe, expect, it } from "vitest";
import { checkWorkbook } from "../../../src/core/app/index.js";
import { compareFiches } from "../../../src/core/compare/fiche.js";
import { ficheSnapshot } from "../../../src/core/compare/ficheSnapshot.js";
import { fundingSnapshotOf } from "../../../src/core/compare/funding.js";
import { fundingChanges } from "../../../src/core/compare/fundingChanges.js";
import { MEDIATHEQUE } from "../../../src/core/examples/index.js";
import { exampleGrid } from "../../../src/core/template/grid.js";

describe("funding: read from the document when it has a plan de financement", () => {
  const block = (received: number, status: string) => ({
    requested: 900_000,
    awarded: 650_000,
    received,
    expected: 650_000,
    toReceive: 650_000 - received,
    ownerShare: 1_200_000,
    publicAidRate: 0.351234,
    byFunder: [
      {
        funder: "État",
        scheme: "DETR",
        category: "state",
        status,
        requested: 400_000,
        awarded: 400_000,
        received,
        expected: 400_000,
      },
      {
        funder: "Région",
        scheme: null,
        category: "local",
        status: "awarded",
        requested: 250_000,
        awarded: 250_000,
        received: 0,
        expected: 250_000,
      },
    ],
  });

  it.each([
    ["no block (before template v2)", undefined, null],
    ["not an object", "x", null],
    ["a block lacking figures reads them as null", {}, { expected: null, received: null, funders: [] }],
  ])("%s", (_name, value, expected) => {
    const snapshot = fundingSnapshotOf(value);
    if (expected === null) expect(snapshot).toBeNull();
    else expect(snapshot).toMatchObject(expected);
  });

  it("funders sharing funder and scheme are one, amounts added up, statuses joined", () => {
    const snapshot = fundingSnapshotOf({
      byFunder: [
        { funder: "État", scheme: "DETR", status: "awarded", received: 100, expected: 400 },
        { funder: "état", scheme: "detr", status: "requested", received: 0, expected: 200 },
      ],
    });
    expect(snapshot?.funders).toEqual([
      { name: "État — DETR", status: "awarded + requested", requested: 0, awarded: 0, received: 100, expected: 600 },
    ]);
  });

  it("a funding received: the totals and the funder move, the rate to 4 decimals", () => {
    const changes = fundingChanges(
      fundingSnapshotOf(block(120_000, "awarded")),
      fundingSnapshotOf(block(400_000, "closed")),
    );
    expect(changes.map((c) => [c.what, c.old, c.new, c.delta])).toEqual([
      ["funding.received", 120_000, 400_000, 280_000],
      ["funding.toReceive", 530_000, 250_000, -280_000],
      ['funding.funders["État — DETR"].status', "awarded", "closed", null],
      ['funding.funders["État — DETR"].received', 120_000, 400_000, 280_000],
    ]);
  });

  it.each([
    ["old document without funding", null, block(0, "awarded")],
    ["new document without funding", block(0, "awarded"), null],
  ])("%s: nothing compared", (_name, old, now) => {
    expect(fundingChanges(fundingSnapshotOf(old), fundingSnapshotOf(now))).toEqual([]);
  });
});

describe("a check document with a funding block", () => {
  const checked = checkWorkbook(exampleGrid(MEDIATHEQUE), { lang: "fr", today: "2026-11-20" });
  const withFunding = (received: number) => {
    const funding = { ...checked.document.funding, expected: 650_000, received, toReceive: 650_000 - received };
    const document = { ...checked.document, funding };
    return ficheSnapshot("x.xlsx", { analysis: checked.analysis, document });
  };

  it("a funding received: its totals are compared, nothing else moved", () => {
    const changes = compareFiches(withFunding(120_000), withFunding(400_000)).changes;
    expect(changes.map((c) => [c.what, c.delta])).toEqual([
      ["funding.received", 280_000],
      ["funding.toReceive", -280_000],
    ]);
  });

  it("without a plan (a v1 workbook: its Budget stands for it) the theme is absent", () => {
    const v1 = { sheets: exampleGrid(MEDIATHEQUE).sheets.filter((s) => s.name !== "Financement") };
    const plain = ficheSnapshot("x.xlsx", checkWorkbook(v1, { lang: "fr", today: "2026-11-20" }));
    expect(plain.funding).toBeNull();
    expect(compareFiches(plain, withFunding(400_000)).changes).toEqual([]);
  });
});
