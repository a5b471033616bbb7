/**
 * Excel's failure modes end to end over the fake: a batch during a cell edit waits (every run asks
 * `delayForCellEdit`), and each Office error code the fake throws reaches the pane as one sentence
 * that says what to do — never Office's localised message.
 */
import { describe, expect, it } from "vitest";
import { MEDIATHEQUE } from "../../src/core/examples/index.js";
import { exampleGrid } from "../../src/core/template/grid.js";
import type { Lang } from "../../src/core/types.js";
import { type Advice, adviceSentence, type ExcelAction } from "../../src/excel-addin/messages.js";
import { explainedError, officeErrorCode, officeErrorSentence } from "../../src/excel-addin/officeErrors.js";
import { ActionableError } from "../../src/panel/host.js";
import { failure } from "../../src/panel/state.js";
import { t } from "../../src/panel/strings.js";
import { FakeOfficeError, fakeExcelOver, sheetValues } from "../fakes/excel.js";

const RAW = "Message brut et localisé d'Office : à ne jamais montrer";
const grid = exampleGrid(MEDIATHEQUE);

/** What the pane shows when an action throws `error` (panel/state.ts's failure line). */
const paneLines = (lang: Lang, error: unknown) => failure(lang, error, true).lines;

describe("a cell being edited", () => {
  it("every batch of every action asks delayForCellEdit", async () => {
    const { host, fake } = fakeExcelOver(grid);
    await host.summary();
    await host.check("fr");
    await host.compute("fr");
    await host.selectCell("Budget", "B2");
    await host.createTemplate("fr");
    expect(fake.stats.runs.length).toBeGreaterThanOrEqual(5);
    expect(fake.stats.runs.every((run) => run.delayForCellEdit)).toBe(true);
  });

  it("Calculer waits while the user types in a cell, then writes once the edit ends", async () => {
    const { host, fake } = fakeExcelOver(grid);
    await host.summary();
    fake.startCellEdit();
    let settled = false;
    const computing = host.compute("fr").finally(() => {
      settled = true;
    });
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(settled).toBe(false);
    expect(fake.model.sheet("Synthèse")).toBeUndefined();
    fake.endCellEdit();
    const { outcome } = await computing;
    expect(outcome.written).toEqual(["Synthèse", "Contrôles"]);
  });

  it.each(["fr", "en"] as const)(
    "without the option (the old run) the batch fails, and the pane says to end the edit (%s)",
    async (lang) => {
      const { host, fake } = fakeExcelOver(grid, { run: (f) => (batch) => f.Excel.run(batch as never) });
      fake.startCellEdit();
      const error = await host.check(lang).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ActionableError);
      expect(paneLines(lang, error)).toEqual([
        t(lang, "failed", { message: adviceSentence("cellEdit", "check", lang) }),
      ]);
      expect((error as Error).message).not.toContain("Modification de cellule");
    },
  );
});

/** Each code the brief names, and the advice it gets. */
const CODES: readonly [string, Advice][] = [
  ["InvalidOperationInCellEditMode", "cellEdit"],
  ["InvalidOperation", "refused"],
  ["AccessDenied", "accessDenied"],
  ["ItemAlreadyExists", "exists"],
  ["RequestPayloadSizeLimitExceeded", "tooLarge"],
  ["GeneralException", "internal"],
  ["ItemNotFound", "gone"],
  ["Unauthenticated", "signIn"],
  ["ServiceNotAvailable", "unavailable"],
  ["InsertDeleteConflict", "conflict"],
  ["InactiveWorkbook", "inactive"],
  ["UnsupportedSheet", "chartSheet"],
  ["ApiNotFound", "version"],
];

describe("Office error codes → one sentence in the pane", () => {
  const cases = CODES.flatMap(([code, advice]) => (["fr", "en"] as const).map((lang) => [code, lang, advice] as const));

  it.each(cases)("%s (%s) during Calculer's write", async (code, lang, advice) => {
    const { host, fake } = fakeExcelOver(grid);
    await host.summary();
    // Calculer: one read, then the write request, which fails.
    fake.fail({ code, message: RAW, atSync: fake.stats.syncs + 2 });
    const error = await host.compute(lang).catch((e: unknown) => e);
    const sentence = adviceSentence(advice, "compute", lang, code);
    expect(error).toEqual(new ActionableError(sentence));
    const lines = paneLines(lang, error);
    expect(lines).toEqual([t(lang, "failed", { message: sentence })]);
    expect(lines.join(" ")).not.toContain(RAW);
  });

  it.each(cases.filter(([code]) => code !== "RequestPayloadSizeLimitExceeded"))(
    "%s (%s) during Vérifier's read",
    async (code, lang, advice) => {
      const { host, fake } = fakeExcelOver(grid);
      fake.fail({ code, message: RAW });
      const error = await host.check(lang).catch((e: unknown) => e);
      expect(error).toEqual(new ActionableError(adviceSentence(advice, "check", lang, code)));
    },
  );

  it("once the names are known, only a vanished tab (ItemNotFound) is read again: another failure is said at once", async () => {
    const { host, fake } = fakeExcelOver(grid);
    await host.summary();
    const before = fake.stats.syncs;
    fake.fail({ code: "AccessDenied", message: RAW });
    const error = await host.check("fr").catch((e: unknown) => e);
    expect(error).toEqual(new ActionableError(adviceSentence("accessDenied", "check", "fr")));
    expect(fake.stats.syncs - before).toBe(1);
  });

  it("a read too large for one response is not an error: it is read again in blocks", async () => {
    const { host, fake } = fakeExcelOver(grid);
    fake.fail({ code: "ResponsePayloadSizeLimitExceeded", message: RAW });
    const doc = await host.check("fr");
    expect(doc.project.code).toBe(MEDIATHEQUE.project.code);
  });

  it.each([
    ["summary", "fermez et rouvrez le volet"],
    ["check", "relancez Vérifier"],
    ["compute", "relancez Calculer"],
    ["template", "relancez Créer la fiche"],
    ["select", "cliquez de nouveau sur le problème"],
  ] as const)("the sentence ends on how to try %s again", async (action, retry) => {
    const { host, fake } = fakeExcelOver(grid);
    const run: Record<typeof action, () => Promise<unknown>> = {
      summary: () => host.summary(),
      check: () => host.check("fr"),
      compute: () => host.compute("fr"),
      template: () => host.createTemplate("fr"),
      select: () => host.selectCell("Budget", "B2"),
    };
    fake.fail({ code: "GeneralException", message: RAW });
    const error = (await run[action]().catch((e: unknown) => e)) as Error;
    expect(error.message).toBe(adviceSentence("internal", action, "fr"));
    expect(error.message.endsWith(`${retry}.`)).toBe(true);
  });

  it("a code Office may add later names itself and still says what to do", () => {
    const sentence = officeErrorSentence(new FakeOfficeError("BrandNewCode", RAW), "compute", "fr");
    expect(sentence).toContain("(code BrandNewCode)");
    expect(sentence).toContain("relancez Calculer");
    expect(sentence).not.toContain(RAW);
  });

  it.each([
    ["a bug of ours (no code) keeps its message", new TypeError("x is undefined"), null],
    ["a string thrown", "boom", null],
    ["an object whose code is not a word", { code: "4 2" }, null],
    ["an Office error", new FakeOfficeError("AccessDenied"), "AccessDenied"],
  ] as const)("officeErrorCode: %s", (_edge, error, code) => {
    expect(officeErrorCode(error)).toBe(code);
    if (code === null) expect(explainedError(error, "check" as ExcelAction, "fr")).toBe(error);
  });

  it("a failed write that changed nothing is a plain sentence, and the workbook is as it was", async () => {
    const { host, fake } = fakeExcelOver(grid);
    await host.compute("fr");
    const before = sheetValues(fake.model.sheet("Synthèse")!);
    // The write request (after the one-sync read) refused whole: nothing of it is applied.
    fake.fail({ code: "ServiceNotAvailable", message: RAW, atSync: fake.stats.syncs + 2 });
    const error = (await host.compute("fr").catch((e: unknown) => e)) as Error;
    expect(error.message).toBe(adviceSentence("unavailable", "compute", "fr"));
    expect(sheetValues(fake.model.sheet("Synthèse")!)).toEqual(before);
  });
});
