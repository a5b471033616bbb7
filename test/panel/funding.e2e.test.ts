/**
 * The panel's « Financement » figure in headless Chromium, 300 px wide: expected, received, still
 * to receive and the public aid rate against 80 % (SPEC §5), in French and English formats, from
 * the documents the core computes for the examples.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as esbuild from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkWorkbook } from "../../src/core/app/index.js";
import { MEDIATHEQUE, PORTAIL } from "../../src/core/examples/index.js";
import { exampleGrid } from "../../src/core/template/grid.js";
import type { CheckDocument, Lang } from "../../src/core/types.js";
import { launchBrowser } from "../helpers/browser.js";

let browser: Browser;
let script: string;
let css: string;

beforeAll(async () => {
  const out = await esbuild.build({
    entryPoints: [join(import.meta.dirname, "harness.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    write: false,
  });
  script = out.outputFiles[0]?.text ?? "";
  css = await readFile(join(import.meta.dirname, "../../src/panel/panel.css"), "utf8");
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const documentOf = (p: typeof MEDIATHEQUE, lang: Lang) =>
  checkWorkbook(exampleGrid(p, lang), { lang, today: "2026-11-15" }).document;

/** The médiathèque's document with its public aid rate (and cofinancing warning) replaced. */
function withRate(rate: number | null, warned: boolean): CheckDocument {
  const doc = documentOf(MEDIATHEQUE, "fr");
  const warning = {
    severity: "warning" as const,
    code: "COFINANCING_ABOVE_80" as const,
    sheet: "Financement",
    cell: null,
    message: "Aides publiques au-dessus de 80 %",
  };
  return {
    ...doc,
    issues: warned ? [...doc.issues, warning] : doc.issues,
    funding: { ...doc.funding, publicAidRate: rate },
  };
}

/** The panel after Calculer, 300 px wide (a Sheets sidebar). */
async function computed(doc: CheckDocument, lang: Lang): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 1400 } });
  await page.setContent('<!doctype html><html><head></head><body><main id="app"></main></body></html>');
  await page.addStyleTag({ content: css });
  await page.addScriptTag({ content: script });
  await page.evaluate(
    ({ doc, lang }) => {
      const w = window as unknown as { __stub: unknown; __mount: (l?: string) => void };
      w.__stub = {
        kind: "sheets",
        summary: { hasTemplate: true, code: "P-1", title: "Projet", status: "en cours", statusDate: "2026-11-15" },
        document: doc,
        outcome: { written: ["Synthèse", "Contrôles"], refused: [] },
        consolidate: { written: [], refused: [], projects: 0, failures: [] },
      };
      w.__mount(lang);
    },
    { doc, lang },
  );
  await page.click("[data-action=compute]");
  await page.locator(".figures").waitFor();
  return page;
}

/** The lines of the figure titled `title`, as text. */
async function figureLines(page: Page, title: string): Promise<string[]> {
  const fig = page.locator(".figure", { has: page.locator(".figure-title", { hasText: title }) });
  return (await fig.locator(".meter-label, p").allTextContents()).map((s) =>
    s.replace(/\u202F/g, " ").replace(/\u00A0/g, " "),
  );
}

describe("the panel's « Financement » figure", () => {
  it.each([
    [
      "fr",
      "Financement",
      [
        "17 % encaissé",
        "Attendu 1 620 000,00 €",
        "À encaisser 1 344 000,00 €",
        "Aides publiques 62,46 % (plafond 80 %)",
      ],
    ],
    [
      "en",
      "Funding",
      ["17% received", "Expected €1,620,000.00", "Still to receive €1,344,000.00", "Public aid 62.46% (80% cap)"],
    ],
  ] as const)("%s: expected, received, still to receive and the public aid rate", async (lang, title, lines) => {
    const page = await computed(documentOf(MEDIATHEQUE, lang), lang);
    expect(await figureLines(page, title)).toEqual(lines);
    const meter = page.locator(".figure", { hasText: title }).locator("[role=meter]");
    expect(await meter.getAttribute("aria-valuenow")).toBe("17");
    // One column, no horizontal scroll at 300 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.close();
  });

  it.each([
    [
      "above 80 % with the warning: said, in the late colour",
      withRate(0.8512, true),
      "Aides publiques 85,12 % : au-dessus de 80 %",
      true,
    ],
    [
      "above 80 % without the warning: the waiver",
      withRate(0.8512, false),
      "Aides publiques 85,12 % (dérogation 20 %)",
      false,
    ],
    ["exactly 80 %: within the cap", withRate(0.8, false), "Aides publiques 80,00 % (plafond 80 %)", false],
    ["no rate", withRate(null, false), "Aides publiques : n.d.", false],
  ])("%s", async (_name, doc, line, late) => {
    const page = await computed(doc, "fr");
    expect((await figureLines(page, "Financement")).at(-1)).toBe(line);
    const last = page.locator(".figure", { hasText: "Financement" }).locator("p").last();
    expect(((await last.getAttribute("class")) ?? "").includes("late")).toBe(late);
    await page.close();
  });

  it("without a plan, from the Budget's revenues; with nothing expected, says so", async () => {
    const page = await computed(documentOf(PORTAIL, "fr"), "fr");
    expect(await figureLines(page, "Financement")).toEqual([
      "0 % encaissé",
      "Attendu 30 000,00 €",
      "À encaisser 30 000,00 €",
      "Aides publiques 25,32 % (plafond 80 %)",
    ]);
    await page.close();
    const doc = documentOf(PORTAIL, "fr");
    const none = { ...doc, funding: { ...doc.funding, expected: 0, received: 0, toReceive: 0, publicAidRate: 0 } };
    const empty = await computed(none, "fr");
    expect(await figureLines(empty, "Financement")).toEqual(["aucun financement attendu"]);
    await empty.close();
  });
});
