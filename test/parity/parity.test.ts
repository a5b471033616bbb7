/**
 * Parity: every fixture of the corpus gives the same `check` document and the same generated
 * `Synthèse` / `Contrôles` values in the CLI (a real .xlsx), the Excel taskpane host (its
 * in-memory Excel) and the Apps Script bundle (its vm and fakes, the spreadsheet in a far zone).
 * A difference is a bug in a host adapter. See hosts.ts for the (representational) normalisations.
 */
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Cell, GENERATED_MARK } from "../../src/core/types.js";
import { type Built, buildApps } from "../apps-script/helpers.js";
import { fakeExcelOver } from "../fakes/excel.js";
import { execute, GasWorld } from "../fakes/gas/index.js";
import { buildCorpus, EXPECTED_CODES, type Fixture, seedSpreadsheet } from "../fixtures/corpus.js";
import { buildCliBundle } from "./builtCli.js";
import { type HostRun, NOW, runBuiltCli, runCliHost, runExcelHost, runSheetsHost, TODAY, trimGrid } from "./hosts.js";

let built: Built;
let cliBundle: string;
beforeAll(async () => {
  [built, cliBundle] = await Promise.all([buildApps(), buildCliBundle()]);
});
afterAll(() => {
  rmSync(cliBundle, { force: true });
});

// Far from Paris on both sides (UTC+14; UTC−3/−4 with a DST change in April and September).
const ZONES = ["Pacific/Kiritimati", "America/Santiago"];
const cases = buildCorpus().flatMap((fixture, i) =>
  fixture.langs.map(
    (lang) => [fixture.name, lang, fixture, fixture.zone ?? (ZONES[i % ZONES.length] as string)] as const,
  ),
);

const seen = new Set<string>();

describe("the same answer in the CLI, Excel and Sheets", () => {
  it.each(cases)("%s (%s)", async (_name, lang, fixture, zone) => {
    const cli: HostRun = await runCliHost(fixture, lang);
    const excel = await runExcelHost(fixture, lang);
    const sheets = runSheetsHost(built.code, fixture, lang, zone);
    for (const issue of cli.check.issues) seen.add(issue.code);

    expect(excel.check, "Excel check").toEqual(cli.check);
    expect(sheets.check, "Sheets check").toEqual(cli.check);
    expect(excel.computed, "Excel compute document").toEqual(cli.check);
    expect(sheets.computed, "Sheets compute document").toEqual(cli.check);

    expect(Object.keys(cli.tabs).sort()).toEqual(["Contrôles", "Synthèse"]);
    expect(excel.tabs, "Excel generated tabs").toEqual(cli.tabs);
    expect(sheets.tabs, "Sheets generated tabs").toEqual(cli.tabs);
    expect(excel.formats, "Excel number formats (what they show)").toEqual(cli.formats);
    expect(sheets.formats, "Sheets number formats (what they show)").toEqual(cli.formats);
    // Through JSON, as google.script.run and the taskpane's panel receive them.
    expect(sheets.panel, "Sheets outcome and Gantt steps").toEqual(JSON.parse(JSON.stringify(excel.panel)));
  });

  it("the documents of the three hosts together hold every check code of SPEC §2 but PORTFOLIO_DUPLICATE_CODE", () => {
    expect(EXPECTED_CODES.filter((code) => !seen.has(code))).toEqual([]);
  });
});

describe.concurrent("the built command gives what the in-process CLI gives, under the fixture's far zone", () => {
  // The bundle is the same code as the in-process CLI: a sample of the representations is
  // enough (each spawn costs about half a second). It reads the real clock: dated fixtures only.
  const sample = ["english", "as-typed", "formula-errors", "lookalike-text", "date-times", "dst-days", "checks-data"];
  const dated = cases.filter(([name, lang]) => sample.includes(name) && lang === "fr");
  it.each(dated)("%s (%s)", async (_name, lang, fixture, zone) => {
    const [inProcess, spawned] = await Promise.all([
      runCliHost(fixture, lang),
      runBuiltCli(cliBundle, fixture, lang, zone),
    ]);
    expect(spawned).toEqual(inProcess);
  });
});

describe("an unmarked Synthèse: the in-workbook hosts refuse alike (SPEC §1: nothing is written)", () => {
  const base = buildCorpus().find((f) => f.name === "example-MED-2025-01") as Fixture;
  const notes: Cell[][] = [["Mes notes"], ["ne pas effacer", 42]];
  const fixture: Fixture = { ...base, grid: { sheets: [...base.grid.sheets, { name: "Synthèse", rows: notes }] } };

  it.each(["fr", "en"] as const)("%s", async (lang) => {
    const { fake, host } = fakeExcelOver(fixture.grid, { today: TODAY });
    const excel = (await host.compute(lang)).outcome;
    const world = new GasWorld({ timeZone: "Pacific/Kiritimati", start: NOW.getTime(), htmlDir: "" });
    seedSpreadsheet(world.active, fixture.grid);
    const sheets = (execute(built.code, world, "ficheProjetCompute", lang) as { outcome: unknown }).outcome;

    expect(sheets).toEqual(excel);
    expect(excel).toMatchObject({ written: [], refused: [{ sheet: "Synthèse" }] });
    expect(fake.model.sheet("Contrôles")).toBeUndefined();
    expect(world.active.getSheetByName("Contrôles")).toBeNull();
    expect(trimGrid((world.active.getSheetByName("Synthèse")?.dump() ?? []) as Cell[][])).toEqual(notes);
  });
});

describe("the generated mark is read alike by the in-workbook hosts", () => {
  const base = buildCorpus().find((f) => f.name === "example-VOI-2026-01") as Fixture;
  it.each([
    ["the mark itself", `${GENERATED_MARK} — ancien calcul`, true],
    ["a leading space", ` ${GENERATED_MARK}`, false],
    ["decomposed accents (NFD)", GENERATED_MARK.normalize("NFD"), false],
    ["lower case", GENERATED_MARK.toLowerCase(), false],
    ["inside the text", `Note : ${GENERATED_MARK}`, false],
  ])("%s", async (_name, a1, overwritten) => {
    const fixture: Fixture = {
      ...base,
      grid: { sheets: [...base.grid.sheets, { name: "Contrôles", rows: [[a1], ["ancienne ligne"]] }] },
    };
    const { host } = fakeExcelOver(fixture.grid, { today: TODAY });
    const excel = (await host.compute("fr")).outcome;
    const world = new GasWorld({ timeZone: "America/Santiago", start: NOW.getTime(), htmlDir: "" });
    seedSpreadsheet(world.active, fixture.grid);
    const sheets = (execute(built.code, world, "ficheProjetCompute", "fr") as { outcome: unknown }).outcome;
    expect(sheets).toEqual(excel);
    expect(excel.written.length > 0).toBe(overwritten);
  });
});

describe("the panel header (summary) is the same in Excel and Sheets", () => {
  const fixtures = [
    ...buildCorpus(),
    { name: "blank", grid: { sheets: [{ name: "Feuil1", rows: [["x"]] }] } } as unknown as Fixture,
  ];
  it.each(fixtures.map((f) => [f.name, f] as const))("%s", async (_name, fixture) => {
    const { host } = fakeExcelOver(fixture.grid, { today: TODAY });
    const world = new GasWorld({ timeZone: "Pacific/Kiritimati", start: NOW.getTime(), htmlDir: "" });
    seedSpreadsheet(world.active, fixture.grid);
    expect(execute(built.code, world, "ficheProjetSummary")).toEqual(await host.summary());
  });
});

describe("number formats of date cells do not change the answer", () => {
  it("date-formats gives the document of the same example with dd/mm/yyyy dates, in the CLI and in Excel", async () => {
    const corpus = buildCorpus();
    const formatted = corpus.find((f) => f.name === "date-formats") as Fixture;
    const plain = corpus.find((f) => f.name === "example-MED-2025-01") as Fixture;
    const reference = (await runCliHost(plain, "fr")).check;
    expect((await runCliHost(formatted, "fr")).check).toEqual(reference);
    expect((await runExcelHost(formatted, "fr")).check).toEqual(reference);
  });
});
