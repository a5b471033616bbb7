/**
 * A protected sheet, a protected workbook structure, a workbook open read-only: the read that
 * precedes every write already knows, so nothing is written and the pane names the sheet and
 * what to do — instead of Excel refusing half-way with `AccessDenied`.
 */
import { describe, expect, it } from "vitest";
import { MEDIATHEQUE } from "../../src/core/examples/index.js";
import { exampleGrid } from "../../src/core/template/grid.js";
import type { Lang } from "../../src/core/types.js";
import { protectedSheetReason, protectedStructureReason, readOnlySentence } from "../../src/excel-addin/messages.js";
import { ActionableError } from "../../src/panel/host.js";
import { fakeExcelOver, sheetValues } from "../fakes/excel.js";

const grid = exampleGrid(MEDIATHEQUE);

describe("writes Excel would refuse are refused first, nothing written", () => {
  it.each(["fr", "en"] as const)("a protected Synthèse (%s)", async (lang: Lang) => {
    const { host, fake } = fakeExcelOver(grid);
    await host.compute(lang);
    const synthese = fake.model.sheet("Synthèse")!;
    const before = sheetValues(synthese);
    synthese.protected = true;
    // A note in Contrôles shows whether it was rewritten.
    fake.model.sheet("Contrôles")!.ensure(3, 0).value = "note";
    const { outcome } = await host.compute(lang);
    expect(outcome).toEqual({
      written: [],
      refused: [{ sheet: "Synthèse", reason: protectedSheetReason("Synthèse", lang) }],
    });
    expect(sheetValues(synthese)).toEqual(before);
    expect(fake.model.sheet("Contrôles")!.cell(3, 0)?.value).toBe("note");
  });

  it("a protected structure refuses the tabs to add, before any is written", async () => {
    const { host, fake } = fakeExcelOver(grid);
    fake.model.structureProtected = true;
    const { outcome } = await host.compute("fr");
    expect(outcome.written).toEqual([]);
    expect(outcome.refused.map((r) => r.reason)).toEqual([
      protectedStructureReason("Synthèse", "fr"),
      protectedStructureReason("Contrôles", "fr"),
    ]);
    expect(fake.model.sheet("Synthèse")).toBeUndefined();
  });

  it("a protected structure still lets existing generated tabs be rewritten", async () => {
    const { host, fake } = fakeExcelOver(grid);
    await host.compute("fr");
    fake.model.structureProtected = true;
    expect((await host.compute("fr")).outcome.written).toEqual(["Synthèse", "Contrôles"]);
  });

  it("Créer la fiche in a protected structure says so and adds nothing", async () => {
    const { host, fake } = fakeExcelOver({ sheets: [{ name: "Feuil1", rows: [["x"]] }] });
    fake.model.structureProtected = true;
    const outcome = await host.createTemplate("fr");
    expect(outcome.written).toEqual([]);
    expect(outcome.refused[0]?.reason).toBe(protectedStructureReason(outcome.refused[0]?.sheet ?? "", "fr"));
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["Feuil1"]);
  });

  it.each([
    ["compute", "fr"],
    ["consolidate", "en"],
  ] as const)("a workbook open read-only: %s says to open it for editing (%s)", async (action, lang) => {
    const { host, fake } = fakeExcelOver(grid);
    fake.model.readOnly = true;
    const file = new File([new Uint8Array([1, 2, 3])], "casse.xlsx");
    const error = await (action === "compute"
      ? host.compute(lang)
      : host.consolidate({ files: [file] }, lang, () => {})
    ).catch((e: unknown) => e);
    expect(error).toEqual(new ActionableError(readOnlySentence(action, lang)));
    expect(fake.model.sheet("Synthèse")).toBeUndefined();
  });

  it("a sheet protected between the read and the write: Excel's AccessDenied becomes the sentence", async () => {
    const { host, fake } = fakeExcelOver(grid);
    await host.summary();
    const check = await host.check("fr");
    expect(check.project.code).toBe(MEDIATHEQUE.project.code);
    // Vérifier read the states; Calculer reads again, so protect it after that read.
    fake.fail({ code: "AccessDenied", atSync: fake.stats.syncs + 2 });
    const error = (await host.compute("fr").catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(ActionableError);
    expect(error.message).toContain("ôtez la protection");
  });
});
