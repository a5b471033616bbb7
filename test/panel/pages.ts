/**
 * The browser side of the panel suites: the harness bundled once, a page per test over a stub
 * host (test/panel/harness.ts), and check documents to hand it.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as esbuild from "esbuild";
import type { Browser, Page } from "playwright-core";
import type { CheckDocument, Issue } from "../../src/core/types.js";
import type { ProjectSummary, WriteOutcome } from "../../src/panel/host.js";
import { launchBrowser } from "../helpers/browser.js";

/** The browser and the harness a suite opens its pages with. */
export interface PanelBench {
  readonly browser: Browser;
  readonly script: string;
  readonly css: string;
}

/** Bundles the harness, reads the panel's CSS and launches the browser. */
export async function startBench(): Promise<PanelBench> {
  const out = await esbuild.build({
    entryPoints: [join(import.meta.dirname, "harness.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    write: false,
  });
  const css = await readFile(join(import.meta.dirname, "../../src/panel/panel.css"), "utf8");
  return { script: out.outputFiles[0]?.text ?? "", css, browser: await launchBrowser() };
}

export const issue = (
  severity: Issue["severity"],
  sheet: string | null,
  cell: string | null,
  message: string,
): Issue => ({
  severity,
  code: "VALUE_INVALID",
  sheet,
  cell,
  message,
});

/** A hand-made document: budget amber, schedule red, one overload, CPI 1.05. */
export function documentWith(issues: Issue[]): CheckDocument {
  const measures = { initial: 100, open: 100, committed: 80, paid: 40, forecast: 110 };
  return {
    schemaVersion: 2,
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
      byYearSection: [
        { year: 2026, section: "Investissement", type: "Dépense", ...measures },
        { year: 2026, section: "Investissement", type: "Recette", ...measures },
      ],
      fctvaByYear: [],
    },
    funding: {
      requested: 60,
      awarded: 40,
      received: 20,
      expected: 60,
      toReceive: 40,
      awardedToReceive: 20,
      publicExpected: 60,
      privateExpected: 0,
      ownerShare: 50,
      ownerShareRate: 0.4545,
      publicAidRate: 0.5455,
      byFunder: [],
    },
    schedule: {
      baselineFinish: "2026-06-30",
      forecastFinish: "2026-07-03",
      slipWorkingDays: 3,
      slipCalendarDays: 3,
      lateSteps: [],
      criticalPath: [],
      steps: [{ id: "E1", baselineFinish: "2026-06-30", forecastFinish: "2026-07-03", slipWorkingDays: 3 }],
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

export interface StubInput {
  kind?: "excel" | "sheets" | "playground";
  issues?: Issue[];
  /** The document Vérifier and Calculer return; by default {@link documentWith} `issues`. */
  doc?: CheckDocument;
  fail?: string;
  hasTemplate?: boolean;
  unavailable?: boolean;
  blocked?: "noTemplate";
  outcome?: WriteOutcome;
  summaryAfterTemplate?: ProjectSummary;
}

/** A 320 px page with the panel mounted over a stub host answering as `input` says. */
export async function openPanel(bench: PanelBench, input: StubInput = {}, lang?: "fr" | "en"): Promise<Page> {
  const page = await bench.browser.newPage({ viewport: { width: 320, height: 900 } });
  await page.setContent('<!doctype html><html><head></head><body><main id="app"></main></body></html>');
  await page.addStyleTag({ content: bench.css });
  await page.addScriptTag({ content: bench.script });
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
        outcome: input.outcome ?? { written: ["Synthèse", "Contrôles"], refused: [] },
        consolidate: {
          written: ["Portefeuille"],
          refused: [],
          projects: 2,
          failures: [{ file: "x.xlsx", message: "illisible" }],
        },
        fail: input.fail,
        blocked: input.blocked,
        summaryAfterTemplate: input.summaryAfterTemplate,
      };
      w.__mount(lang, input.unavailable);
    },
    { input, doc: input.doc ?? documentWith(input.issues ?? []), lang },
  );
  return page;
}

/** The host calls the page recorded, in order. */
export const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
