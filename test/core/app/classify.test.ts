/**
 * SPEC §6 "Files that are not projects", in the application layer so that every host classifies
 * alike: a previous output is skipped, a capacity workbook is the capacity when the host has none,
 * a `--capacity` workbook with a Projet tab is still a project; none of them is a failure.
 */
import { describe, expect, it } from "vitest";
import {
  computeWorkbook,
  consolidate,
  consolidationKind,
  type FileOutcome,
  fileNotes,
  findCapacity,
  portfolioDocument,
  portfolioSheets,
  summarizeWorkbook,
} from "../../../src/core/app/index.js";
import { EXAMPLE_CAPACITY, MEDIATHEQUE, PORTAIL } from "../../../src/core/examples/index.js";
import { exampleGrid, outputSheetsToGrid } from "../../../src/core/template/grid.js";
import { buildCapacitySheets } from "../../../src/core/template/sheets.js";
import { GENERATED_MARK, type WorkbookGrid } from "../../../src/core/types.js";

const options = { lang: "fr", today: "2026-11-20" } as const;
const media = () => exampleGrid(MEDIATHEQUE, "fr");
const capacityGrid = (lang: "fr" | "en" = "fr") => outputSheetsToGrid(buildCapacitySheets(EXAMPLE_CAPACITY, lang));
const previousPortfolio = () =>
  outputSheetsToGrid([
    ...portfolioSheets(consolidate({ outcomes: [summarizeWorkbook("m.xlsx", media(), options)] }, { lang: "fr" })),
  ]);
const report = () => outputSheetsToGrid(computeWorkbook(media(), options).sheets);

describe("what a workbook is, from its tabs", () => {
  it.each([
    ["a fiche", media, "project"],
    ["a previous portfolio: every tab marked", previousPortfolio, "generated"],
    ["a project report (Synthèse, Contrôles)", report, "generated"],
    ["a capacity workbook", () => capacityGrid("fr"), "capacity"],
    ["a capacity workbook in English (Capacity tab)", () => capacityGrid("en"), "capacity"],
    ["a fiche that also has a Capacité tab", media, "project"],
    [
      "a portfolio with a tab of the user's (not every tab marked)",
      () => ({ sheets: [...previousPortfolio().sheets, { name: "Notes", rows: [["à relire"]] }] }),
      "project",
    ],
    ["a marked tab whose mark is not at the start of A1", () => grid([[`Note : ${GENERATED_MARK}`]]), "project"],
    ["a blank workbook", () => grid([[]]), "project"],
    ["no tab at all", () => ({ sheets: [] }), "project"],
  ] as const)("%s → %s", (_name, make, kind) => {
    expect(consolidationKind(make())).toBe(kind);
  });

  it("a generated or capacity workbook is not analysed; a fiche is", () => {
    expect(summarizeWorkbook("p.xlsx", previousPortfolio(), options)).toEqual({ kind: "generated", file: "p.xlsx" });
    const capacity = summarizeWorkbook("c.xlsx", capacityGrid(), options);
    expect(capacity.kind).toBe("capacity");
    expect(capacity.kind === "capacity" && capacity.capacity.length).toBe(EXAMPLE_CAPACITY.length);
    expect(summarizeWorkbook("m.xlsx", media(), options).kind).toBe("project");
  });

  it("findCapacity tells a workbook without a Capacité tab (null) from an empty one", () => {
    expect(findCapacity(media())).toEqual([]);
    expect(findCapacity({ sheets: [{ name: "Feuil1", rows: [] }] })).toBeNull();
    expect(findCapacity(capacityGrid())?.length).toBe(EXAMPLE_CAPACITY.length);
  });
});

function grid(rows: unknown[][]): WorkbookGrid {
  return { sheets: [{ name: "Feuil1", rows: rows as never }] };
}

describe("consolidating files that are not projects", () => {
  const project = summarizeWorkbook("media.xlsx", media(), options);
  const portail = summarizeWorkbook("portail.xlsx", exampleGrid(PORTAIL, "fr"), options);
  const capacity = summarizeWorkbook("capacite.xlsx", capacityGrid(), options);
  const other = summarizeWorkbook("capacite-2025.xlsx", capacityGrid(), options);
  const old = summarizeWorkbook("portefeuille.xlsx", previousPortfolio(), options);
  const given = findCapacity(capacityGrid());

  it.each([
    [
      "no capacity given: the capacity file is the capacity",
      [project, capacity],
      null,
      null,
      [["capacite.xlsx", "capacity"]],
      true,
    ],
    [
      "a capacity given: a capacity file is skipped",
      [project, capacity],
      given,
      null,
      [["capacite.xlsx", "capacityIgnored"]],
      true,
    ],
    [
      "the given capacity's own file, found again: the capacity",
      [project, capacity],
      given,
      "capacite.xlsx",
      [["capacite.xlsx", "capacity"]],
      true,
    ],
    [
      "two capacity files: the first is the capacity",
      [capacity, project, other],
      null,
      null,
      [
        ["capacite.xlsx", "capacity"],
        ["capacite-2025.xlsx", "capacityIgnored"],
      ],
      true,
    ],
    ["a previous portfolio: skipped", [old, project], null, null, [["portefeuille.xlsx", "generated"]], false],
    ["projects only: nothing skipped", [project, portail], null, null, [], false],
  ] as const)("%s", (_name, outcomes, capacityRows, capacityFile, skipped, hasCapacity) => {
    const p = consolidate(
      { outcomes: outcomes as readonly FileOutcome[], capacity: capacityRows, capacityFile },
      { lang: "fr" },
    );
    expect(p.skipped.map((s) => [s.file, s.reason])).toEqual(skipped);
    expect(p.capacity.length > 0).toBe(hasCapacity);
    expect(p.failures).toEqual([]);
    expect(p.kpis.skipped).toBe(skipped.length);
    // Each skipped file is an info issue naming it, never an error.
    const infos = p.issues.filter((i) => i.severity === "info");
    expect(infos.map((i) => i.file)).toEqual(skipped.map(([file]) => file));
    expect(p.kpis.errors).toBe(0);
  });

  it("the info issues say why, in French and English", () => {
    const fr = consolidate({ outcomes: [old, capacity, other, project] }, { lang: "fr" });
    expect(fr.issues.filter((i) => i.severity === "info").map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["PORTFOLIO_NOT_A_PROJECT", null, null],
      ["PORTFOLIO_CAPACITY_FILE", null, null],
      ["PORTFOLIO_CAPACITY_IGNORED", null, null],
    ]);
    const en = consolidate({ outcomes: [old, project] }, { lang: "en" });
    expect(en.issues.find((i) => i.code === "PORTFOLIO_NOT_A_PROJECT")?.message).toBe(
      "Workbook written by fiche-projet (a portfolio or a report), without a Project tab: skipped",
    );
  });

  it("fileNotes gives the panel one note per skipped or set-aside file; the JSON lists them", () => {
    const copy = summarizeWorkbook("media-copie.xlsx", media(), options);
    const p = consolidate({ outcomes: [old, capacity, project, copy] }, { lang: "fr" });
    expect(fileNotes(p)).toEqual([
      { file: "portefeuille.xlsx", kind: "generated" },
      { file: "capacite.xlsx", kind: "capacity" },
      { file: "media-copie.xlsx", kind: "setAside" },
    ]);
    expect(portfolioDocument(p).skipped).toEqual([
      { file: "portefeuille.xlsx", reason: "generated" },
      { file: "capacite.xlsx", reason: "capacity" },
    ]);
  });

  it("outcomes survive a JSON round trip (worker threads, the direction's stored results)", () => {
    for (const o of [old, capacity, project]) expect(JSON.parse(JSON.stringify(o))).toEqual(o);
  });
});
