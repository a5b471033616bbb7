/**
 * The shared panel in headless Chromium against a stub host: grouping, labels, language,
 * empty states, failures, the Sheets folder form, keyboard focus.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as esbuild from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckDocument, Issue } from "../../src/core/types.js";
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

const issue = (severity: Issue["severity"], sheet: string | null, cell: string | null, message: string): Issue => ({
  severity,
  code: "VALUE_INVALID",
  sheet,
  cell,
  message,
});

function documentWith(issues: Issue[]): CheckDocument {
  const measures = { initial: 100, open: 100, committed: 80, paid: 40, forecast: 110 };
  return {
    schemaVersion: 1,
    project: {
      code: "P-1",
      title: "Projet test",
      status: "en cours",
      lead: null,
      leadService: null,
      statusDate: "2026-06-09",
    },
    issues,
    budget: {
      expenses: measures,
      revenues: measures,
      netCost: measures,
      commitmentRate: 0.8,
      executionRate: 0.4,
      forecastVariance: 10,
      forecastVariancePct: 0.1,
      cofinancingRate: null,
      fctva: 0,
      netCostAfterFctva: 0,
      byYearSection: [],
    },
    schedule: {
      baselineFinish: "2026-06-30",
      forecastFinish: "2026-07-03",
      slipWorkingDays: 3,
      slipCalendarDays: 3,
      lateSteps: [],
      criticalPath: [],
      steps: [],
    },
    evm: {
      bac: 1,
      pv: 1,
      ev: 1,
      ac: 1,
      cv: 0,
      sv: 0,
      cpi: 1.05,
      spi: null,
      eac: null,
      etc: null,
      vac: null,
      tcpi: null,
    },
    staffing: {
      services: ["Services techniques"],
      digitalServiceInvolved: true,
      load: [{ service: "Services techniques", month: "2026-03", planned: 25, actual: 0, capacity: 20, load: 1.25 }],
    },
    evaluation: { indicators: [] },
    health: { budget: "amber", schedule: "red", staffing: "green", overall: "red" },
  };
}

interface StubInput {
  kind?: "excel" | "sheets" | "playground";
  issues?: Issue[];
  fail?: string;
  hasTemplate?: boolean;
  unavailable?: boolean;
}

async function open(input: StubInput = {}, lang?: "fr" | "en"): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  await page.setContent('<!doctype html><html><head></head><body><main id="app"></main></body></html>');
  await page.addStyleTag({ content: css });
  await page.addScriptTag({ content: script });
  await page.evaluate(
    ({ input, doc, lang }) => {
      const w = window as unknown as { __stub: unknown; __mount: (l?: string, unavailable?: boolean) => void };
      w.__stub = {
        kind: input.kind ?? "excel",
        summary: {
          hasTemplate: input.hasTemplate ?? true,
          code: input.hasTemplate === false ? null : "P-1",
          title: input.hasTemplate === false ? null : "Projet test",
          status: "en cours",
          statusDate: "2026-06-09",
        },
        document: doc,
        outcome: { written: ["Synthèse", "Contrôles"], refused: [] },
        consolidate: {
          written: ["Portefeuille"],
          refused: [],
          projects: 2,
          failures: [{ file: "x.xlsx", message: "illisible" }],
        },
        fail: input.fail,
      };
      w.__mount(lang, input.unavailable);
    },
    { input, doc: documentWith(input.issues ?? []), lang },
  );
  return page;
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);

describe("panel", () => {
  it("groups issues by sheet, groups with errors first, errors first inside, with labelled icons", async () => {
    const page = await open({
      issues: [
        issue("warning", "Budget", "L5", "Engagé > crédits"),
        issue("warning", "Calendrier", "F7", "Étape en retard"),
        issue("error", "Calendrier", "E9", "Date invalide"),
        issue("warning", null, null, "Alerte classeur"),
      ],
    });
    await page.click("[data-action=check]");
    await page.locator(".count-line").waitFor();
    expect(await page.locator(".count-line").textContent()).toBe("1 erreur · 3 alertes");
    expect(await page.locator(".group-toggle").allTextContents()).toEqual([
      "▾Calendrier (2)",
      "▾Budget (1)",
      "▾Classeur (1)",
    ]);
    expect(await page.locator(".issue-msg").allTextContents()).toEqual([
      "Date invalide",
      "Étape en retard",
      "Engagé > crédits",
      "Alerte classeur",
    ]);
    expect(await page.locator(".sev").evaluateAll((n) => n.map((x) => x.getAttribute("aria-label")))).toEqual([
      "Erreur",
      "Alerte",
      "Alerte",
      "Alerte",
    ]);
    expect(await page.locator("div.issue-body").count()).toBe(1);
    await page.locator("button.issue-body").nth(2).click();
    expect((await calls(page)).at(-1)).toEqual(["selectCell", "Budget", "L5"]);
    await page.close();
  });

  it("collapses a group and keeps the focus on its toggle", async () => {
    const page = await open({ issues: [issue("error", "Budget", "L5", "x")] });
    await page.click("[data-action=check]");
    await page.locator(".group-toggle").click();
    expect(await page.locator(".group-toggle").getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator(".issue-list").isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("group-toggle");
    await page.close();
  });

  it("shows health chips with words, key figures and the slip after Calculer", async () => {
    const page = await open();
    await page.click("[data-action=compute]");
    await page.locator(".figures").waitFor();
    expect(await page.locator(".chip").allTextContents()).toEqual([
      "Budget\u00A0: à surveiller",
      "Délais\u00A0: critique",
      "Équipe\u00A0: bon",
    ]);
    expect(await page.locator(".slip").textContent()).toBe("+3 j ouvrés (fin 3 juillet 2026)");
    expect(await page.locator(".overloads li").allTextContents()).toEqual([
      "Services techniques · mars 2026 · 125\u202F%",
    ]);
    expect(await page.locator(".evm").textContent()).toBe("CPI 1,05SPI n.d.");
    expect(await page.locator(".status").textContent()).toBe("Synthèse et Contrôles écrits.");
    await page.close();
  });

  it("says so plainly when there is no issue, and teaches when there is no template", async () => {
    const page = await open();
    await page.click("[data-action=check]");
    await page.locator(".empty.ok").waitFor();
    expect(await page.locator(".empty.ok").textContent()).toBe("Aucun problème : la fiche est complète et cohérente.");
    await page.close();
    const blank = await open({ hasTemplate: false });
    await blank.locator(".empty", { hasText: "Créer la fiche" }).waitFor();
    expect(await blank.locator(".project").textContent()).toBe("Aucune fiche ouverte");
    await blank.close();
  });

  it("switches to English and asks the host in English", async () => {
    const page = await open({ issues: [issue("error", "Budget", "L5", "x")] });
    await page.click("[data-key='lang:en']");
    expect(await page.locator(".product").textContent()).toBe("Project sheet");
    expect(await page.locator("[data-key='lang:en']").getAttribute("aria-pressed")).toBe("true");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.click("[data-action=check]");
    await page.locator(".count-line").waitFor();
    expect(await page.locator(".count-line").textContent()).toBe("1 error");
    expect((await calls(page)).at(-1)).toEqual(["check", "en"]);
    await page.close();
  });

  it("says what failed and what to do next", async () => {
    const page = await open({ fail: "Excel est occupé" });
    await page.click("[data-action=check]");
    await page.locator(".status.fail").waitFor();
    expect(await page.locator(".status.fail .outcome").allTextContents()).toEqual([
      "Échec : Excel est occupé",
      "Vérifiez le classeur puis réessayez ; si cela persiste, fermez et rouvrez le volet.",
    ]);
    await page.close();
  });

  it.each([
    ["fr", "Ce volet ne fonctionne que dans Excel\u00A0: ouvrez le classeur dans Excel, puis Accueil › Fiche projet."],
    ["en", "This pane only works inside Excel: open the workbook in Excel, then Home › Project sheet."],
  ] as const)(
    "outside Excel (%s): one sentence, every action disabled, the host never called",
    async (lang, sentence) => {
      const page = await open({ unavailable: true }, lang);
      await page.locator(".unavailable").waitFor();
      expect(await page.locator(".unavailable").textContent()).toBe(sentence);
      expect(
        await page.locator("[data-action]").evaluateAll((n) => n.map((b) => (b as HTMLButtonElement).disabled)),
      ).toEqual([true, true, true, true]);
      await page.click("[data-action=check]", { force: true });
      expect(await calls(page)).toEqual([]);
      await page.close();
    },
  );

  it("outside Excel, the language switch still works and the sentence follows it", async () => {
    const page = await open({ unavailable: true });
    await page.click("[data-key='lang:en']");
    expect(await page.locator(".unavailable").textContent()).toMatch(/^This pane only works inside Excel/);
    expect(await page.locator("[data-action=compute]").isDisabled()).toBe(true);
    await page.close();
  });

  it("in Sheets, Consolider asks for a Drive folder and passes its ID", async () => {
    const page = await open({ kind: "sheets" });
    await page.click("[data-action=consolidate]");
    await page.fill("#fp-folder", "https://drive.google.com/drive/folders/1AbC-d_E?usp=sharing");
    await page.click(".folder-form button[type=submit]");
    await page.locator(".status.ok").waitFor();
    expect((await calls(page)).at(-1)).toEqual(["consolidate", "1AbC-d_E", "fr"]);
    expect(await page.locator(".status .outcome").allTextContents()).toEqual([
      "2 projets consolidés.",
      "Portefeuille écrit.",
      "1 fichier illisible : x.xlsx.",
    ]);
    await page.close();
  });

  it("keeps every text at a contrast of at least 4.5:1 against its background", async () => {
    const page = await open({
      issues: [
        issue("error", "Budget", "L5", "Erreur"),
        issue("warning", "Budget", "M5", "Alerte"),
        issue("info", null, null, "Note"),
      ],
    });
    await page.click("[data-action=compute]");
    await page.locator(".figures").waitFor();
    const worst = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r = 0, g = 0, b = 0]: number[]) => {
        const f = (v: number) => {
          const x = v / 255;
          return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const background = (el: Element | null): number[] => {
        for (let e = el; e; e = e.parentElement) {
          const c = rgb(getComputedStyle(e).backgroundColor);
          if (c.length === 3 || (c[3] ?? 0) > 0) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const results: { text: string; ratio: number }[] = [];
      for (const el of document.querySelectorAll("#app *")) {
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
        if (!own || el.closest("svg")) continue;
        const fg = lum(rgb(getComputedStyle(el).color));
        const bg = lum(background(el));
        const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        results.push({ text: el.textContent?.slice(0, 30) ?? "", ratio });
      }
      return results.sort((a, b) => a.ratio - b.ratio).slice(0, 3);
    });
    expect(worst.length).toBeGreaterThan(0);
    for (const item of worst) expect(item.ratio, item.text).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });

  it("is keyboard reachable with a visible focus ring", async () => {
    const page = await open();
    await page.locator(".product").waitFor();
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      seen.push(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? ""));
    }
    expect(seen).toEqual([
      "lang:fr",
      "lang:en",
      "action:template",
      "action:check",
      "action:compute",
      "action:consolidate",
    ]);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe("solid");
    await page.close();
  });
});
