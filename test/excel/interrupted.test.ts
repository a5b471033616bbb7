/**
 * A generated tab is never left half-written without a word. Writes chunked into several
 * requests (a small payload budget stands for the 5 MB limit) fail at the Nth sync, for Calculer
 * and Consolider: the tab being written says « écriture interrompue » in A1, the tabs finished
 * before are whole, the pane names what is incomplete and how to repair it, and the next run does.
 */
import { describe, expect, it } from "vitest";
import { ECOLES, MEDIATHEQUE, VOIRIE } from "../../src/core/examples/index.js";
import { exampleGrid } from "../../src/core/template/grid.js";
import { GENERATED_MARK, type Lang, type WorkbookGrid } from "../../src/core/types.js";
import {
  adviceSentence,
  interruptedMark,
  interruptedSentence,
  templateLeftoverSentence,
} from "../../src/excel-addin/messages.js";
import { ActionableError } from "../../src/panel/host.js";
import { type FakeSetup, fakeExcelOver, type MemWorkbook, sheetValues } from "../fakes/excel.js";
import { xlsxOf } from "./xlsxFixture.js";

/** Small enough that each generated tab takes several requests. */
const BUDGET = 3_000;
const RAW = "Le service est indisponible (message localisé d'Office)";
type Job = "compute" | "consolidate";

const grid = exampleGrid(MEDIATHEQUE);
let files: File[] | null = null;
async function projectFiles(): Promise<File[]> {
  files ??= await Promise.all(
    [MEDIATHEQUE, VOIRIE, ECOLES].map(
      async (p) => new File([new Uint8Array(await xlsxOf(exampleGrid(p)))], `${p.project.code}.xlsx`),
    ),
  );
  return files;
}

async function runJob(setup: FakeSetup, job: Job, lang: Lang): Promise<readonly string[]> {
  if (job === "compute") return (await setup.host.compute(lang)).outcome.written;
  return (await setup.host.consolidate({ files: await projectFiles() }, lang, () => {})).written;
}

/** The generated tabs as a clean run leaves them, and how many write requests that run takes. */
async function reference(job: Job, lang: Lang, base: WorkbookGrid) {
  const setup = fakeExcelOver(base, { payloadBudget: BUDGET });
  await setup.host.summary();
  const before = setup.fake.stats.syncs;
  const written = await runJob(setup, job, lang);
  const values = new Map(written.map((name) => [name, sheetValues(setup.fake.model.sheet(name)!)]));
  return { written, values, writeSyncs: setup.fake.stats.syncs - before - 1 };
}

const a1Of = (model: MemWorkbook, name: string) => model.sheet(name)?.cell(0, 0)?.value ?? null;

const cases = (["compute", "consolidate"] as const).flatMap((job) =>
  (
    [
      ["the 2nd write request", 2, 0],
      ["the last write request, its first command applied", -1, 1],
      ["the 4th write request, refused whole", 4, 0],
    ] as const
  ).map(([edge, n, afterOps]) => [job, edge, n, afterOps] as const),
);

describe("a chunked write that fails at the Nth sync", () => {
  it.each(cases)("%s, failing at %s", async (job, _edge, n, afterOps) => {
    const lang: Lang = "fr";
    const ref = await reference(job, lang, grid);
    expect(ref.writeSyncs).toBeGreaterThan(4);
    const setup = fakeExcelOver(grid, { payloadBudget: BUDGET });
    await setup.host.summary();
    const failing = n > 0 ? n : ref.writeSyncs;
    // One read request, then the write requests.
    setup.fake.fail({
      code: "ServiceNotAvailable",
      message: RAW,
      atSync: setup.fake.stats.syncs + 1 + failing,
      afterOps,
    });
    const error = await runJob(setup, job, lang).catch((e: unknown) => e);

    const model = setup.fake.model;
    const mark = interruptedMark(job, lang);
    const incomplete = ref.written.filter((name) => a1Of(model, name) === mark);
    expect(incomplete.length).toBeGreaterThan(0);
    // What the workbook holds: each generated tab is whole, absent, or says in A1 that it is not.
    for (const name of ref.written) {
      const sheet = model.sheet(name);
      if (!sheet || incomplete.includes(name)) continue;
      expect(sheetValues(sheet), name).toEqual(ref.values.get(name));
    }
    expect(String(mark)).toMatch(new RegExp(`^${GENERATED_MARK}`));
    // What the pane says: which tabs, that the next run rewrites them, and what to do.
    expect(error).toBeInstanceOf(ActionableError);
    expect((error as Error).message).toBe(
      `${interruptedSentence(incomplete, job, lang)} ${adviceSentence("unavailable", job, lang)}`,
    );
    expect((error as Error).message).not.toContain(RAW);

    // The next run repairs: every tab whole, none refused (the interrupted A1 carries the mark).
    const written = await runJob(setup, job, lang);
    expect(written).toEqual(ref.written);
    for (const name of ref.written) expect(sheetValues(model.sheet(name)!), name).toEqual(ref.values.get(name));
  });

  it("a last request applied whole but answered with an error leaves nothing incomplete: a plain sentence", async () => {
    const ref = await reference("compute", "fr", grid);
    const setup = fakeExcelOver(grid, { payloadBudget: BUDGET });
    await setup.host.summary();
    const atSync = setup.fake.stats.syncs + 1 + ref.writeSyncs;
    setup.fake.fail({ code: "ServiceNotAvailable", atSync, afterOps: 10_000 });
    const error = (await setup.host.compute("fr").catch((e: unknown) => e)) as Error;
    expect(error.message).toBe(adviceSentence("unavailable", "compute", "fr"));
    for (const name of ref.written) expect(sheetValues(setup.fake.model.sheet(name)!)).toEqual(ref.values.get(name));
  });

  it.each(["fr", "en"] as const)("the A1 of an interrupted tab tells what to run (%s)", (lang) => {
    expect(interruptedMark("compute", lang)).toBe(
      lang === "fr"
        ? `${GENERATED_MARK} — écriture interrompue\u00A0: relancez Calculer pour réécrire cet onglet`
        : `${GENERATED_MARK} — writing interrupted: run Compute again to rewrite this tab`,
    );
    expect(interruptedMark("consolidate", lang)).toContain(
      lang === "fr" ? "relancez Consolider" : "run Consolidate again",
    );
  });

  it("a one-request Calculer cut after its first commands leaves Synthèse marked, Contrôles untouched", async () => {
    const ref = await reference("compute", "fr", grid);
    const setup = fakeExcelOver(grid);
    await setup.host.compute("fr");
    await setup.host.summary();
    setup.fake.fail({ code: "GeneralException", message: RAW, atSync: setup.fake.stats.syncs + 2, afterOps: 12 });
    const error = (await setup.host.compute("fr").catch((e: unknown) => e)) as Error;
    expect(a1Of(setup.fake.model, "Synthèse")).toBe(interruptedMark("compute", "fr"));
    expect(sheetValues(setup.fake.model.sheet("Contrôles")!)).toEqual(ref.values.get("Contrôles"));
    expect(error.message).toBe(
      `${interruptedSentence(["Synthèse"], "compute", "fr")} ${adviceSentence("internal", "compute", "fr")}`,
    );
  });

  it("when Excel cannot even say which tabs are marked, every tab begun is named", async () => {
    const setup = fakeExcelOver(grid, { payloadBudget: BUDGET });
    await setup.host.summary();
    const start = setup.fake.stats.syncs;
    setup.fake.fail({ code: "ServiceNotAvailable", atSync: start + 3 });
    setup.fake.fail({ code: "ServiceNotAvailable", atSync: start + 4 });
    const error = (await setup.host.compute("en").catch((e: unknown) => e)) as Error;
    expect(error.message).toBe(
      `${interruptedSentence(["Synthèse"], "compute", "en")} ${adviceSentence("unavailable", "compute", "en")}`,
    );
  });
});

describe("Créer la fiche cut half-way", () => {
  /** A workbook before Créer la fiche: one tab of the user's. */
  const user: WorkbookGrid = { sheets: [{ name: "Feuil1", rows: [["mes notes"]] }] };

  async function templateReference(lang: Lang = "fr") {
    const setup = fakeExcelOver(user, { payloadBudget: BUDGET });
    const before = setup.fake.stats.syncs;
    const { written } = await setup.host.createTemplate(lang);
    const values = new Map(written.map((name) => [name, sheetValues(setup.fake.model.sheet(name)!)]));
    return { written, values, writeSyncs: setup.fake.stats.syncs - before - 1 };
  }

  it.each([
    ["the 2nd write request", 2, 0],
    ["the last write request, its first command applied", -1, 1],
    ["the last write request, applied whole but answered with an error", -1, 10_000],
  ] as const)(
    "failing at %s: the tabs it added are removed, the next one writes them whole",
    async (_e, n, afterOps) => {
      const ref = await templateReference();
      expect(ref.writeSyncs).toBeGreaterThan(3);
      const setup = fakeExcelOver(user, { payloadBudget: BUDGET });
      // One read request, then the write requests.
      const atSync = setup.fake.stats.syncs + 1 + (n > 0 ? n : ref.writeSyncs);
      setup.fake.fail({ code: "ServiceNotAvailable", message: RAW, atSync, afterOps });
      const error = (await setup.host.createTemplate("fr").catch((e: unknown) => e)) as Error;

      expect(error).toBeInstanceOf(ActionableError);
      expect(error.message).toBe(adviceSentence("unavailable", "template", "fr"));
      const model = setup.fake.model;
      expect(ref.written.filter((name) => model.sheet(name) !== undefined)).toEqual([]);
      expect(sheetValues(model.sheet("Feuil1")!)).toEqual([["mes notes"]]);

      const { written } = await setup.host.createTemplate("fr");
      expect(written).toEqual(ref.written);
      for (const name of ref.written) expect(sheetValues(model.sheet(name)!), name).toEqual(ref.values.get(name));
    },
  );

  it.each(["fr", "en"] as const)(
    "when the added tabs cannot be removed either, the pane names them (%s)",
    async (lang) => {
      const setup = fakeExcelOver(user, { payloadBudget: BUDGET });
      const start = setup.fake.stats.syncs;
      // The 2nd write request fails, then the first request of the clean-up.
      setup.fake.fail({ code: "ServiceNotAvailable", atSync: start + 3, afterOps: 0 });
      setup.fake.fail({ code: "ServiceNotAvailable", atSync: start + 4 });
      const error = (await setup.host.createTemplate(lang).catch((e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(ActionableError);
      const tabs = (await templateReference(lang)).written;
      expect(error.message).toBe(
        `${templateLeftoverSentence(tabs, lang)} ${adviceSentence("unavailable", "template", lang)}`,
      );
      expect(error.message).toContain(lang === "fr" ? "Supprimez-les" : "Delete them");
    },
  );
});
