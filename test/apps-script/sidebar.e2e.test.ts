/**
 * The sidebar in real headless Chromium: the built Sidebar.html, with a `google.script.run` shim
 * whose calls run the built Code.js in a vm over the fakes (Node side, through
 * `page.exposeFunction`). Only JSON crosses, as with the real google.script.run.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { messageText } from "../../src/apps-script/messages.js";
import { MEDIATHEQUE, PORTAIL, VOIRIE } from "../../src/core/examples/index.js";
import { buildTemplateSheets } from "../../src/core/template/sheets.js";
import type { OutputSheet } from "../../src/core/types.js";
import { workbookBytes } from "../../src/node/writeWorkbook.js";
import { execute, GasWorld, MimeType } from "../fakes/gas/index.js";
import { launchBrowser } from "../helpers/browser.js";
import { FOLDER, folderWorld } from "./folder.js";
import { type Built, buildApps, fill, withProjectValue } from "./helpers.js";

const HOSTILE = "<img src=x onerror=window.__pwned=1>";
const URL = "https://sidebar.fiche-projet.test/Sidebar.html";
const root = join(import.meta.dirname, "../..");

let built: Built;
let browser: Browser;
beforeAll(async () => {
  built = await buildApps();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The Voirie example with a hostile budget line name (it appears in an issue message). */
function hostileVoirie(): OutputSheet[] {
  const sheets = withProjectValue(
    buildTemplateSheets({ lang: "fr", example: VOIRIE }),
    "Intitulé",
    `Voirie ${HOSTILE}`,
  );
  return sheets.map((s) =>
    s.name !== "Budget"
      ? s
      : { ...s, rows: s.rows.map((r, i) => (i === 3 ? [`${HOSTILE} Tranche 1`, ...r.slice(1)] : r)) },
  );
}

async function openSidebar(
  world: GasWorld,
  project: "lead" | "direction" = "lead",
): Promise<{ page: Page; calls: string[] }> {
  const codePath = project === "lead" ? built.code : built.directionCode;
  const htmlDir = project === "lead" ? built.htmlDir : built.directionHtmlDir;
  const page = await browser.newPage({ viewport: { width: 300, height: 900 }, deviceScaleFactor: 2 });
  const calls: string[] = [];
  const code = readFileSync(codePath, "utf8");
  const functions = [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
  await page.exposeFunction("__gasCall", (name: string, args: unknown[]) => {
    calls.push(name);
    try {
      return { ok: true, value: execute(codePath, world, name, ...args) ?? null };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  });
  await page.addInitScript((names: string[]) => {
    type Handler = ((v: unknown) => void) | null;
    const w = window as unknown as {
      __gasCall: (n: string, a: unknown[]) => Promise<{ ok: boolean; value?: unknown; message?: string }>;
      google: unknown;
    };
    const runner = (success: Handler, failure: Handler): unknown => {
      const api: Record<string, unknown> = {
        withSuccessHandler: (f: Handler) => runner(f, failure),
        withFailureHandler: (f: Handler) => runner(success, f),
      };
      for (const name of names) {
        api[name] = (...args: unknown[]) => {
          void w.__gasCall(name, JSON.parse(JSON.stringify(args))).then((r) => {
            if (r.ok) success?.(r.value);
            else failure?.(new Error(r.message));
          });
        };
      }
      return api;
    };
    w.google = { script: { run: runner(null, null) } };
  }, functions as string[]);
  await page.route(URL, (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: readFileSync(join(htmlDir, "Sidebar.html")) }),
  );
  await page.goto(URL);
  return { page, calls };
}

const action = (page: Page, key: string) => page.locator(`[data-action="${key}"]`);
const actionKeys = (page: Page) =>
  page.locator(".actions [data-action]").evaluateAll((els) => els.map((e) => e.getAttribute("data-action")));
const outcomeLines = (page: Page) => page.locator(".status .outcome").allTextContents();

describe("the sidebar over google.script.run", () => {
  it("shows the project, checks, lists issues, selects a cell, and hostile text stays text", async () => {
    const w = new GasWorld({ timeZone: "Pacific/Kiritimati" });
    fill(w.active, hostileVoirie());
    const { page, calls } = await openSidebar(w);
    await expect.poll(() => page.locator(".project-name").textContent()).toContain(HOSTILE);
    await action(page, "check").click();
    await page.locator(".count-line").waitFor();
    expect(await page.locator(".count-line").textContent()).toMatch(/alerte/);
    const hostileIssue = page.locator(".issue-msg", { hasText: HOSTILE }).first();
    await hostileIssue.waitFor();
    expect(await page.locator(".fp-panel img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // No screenshot here: the documentation's pictures come from clean examples.
    await hostileIssue.click();
    await expect.poll(() => w.active.activeRange).toMatch(/^Budget!/);
    expect(calls).toEqual(["ficheProjetSummary", "ficheProjetCheck", "ficheProjetSelect"]);
    await page.close();
  });

  it("Vérifier on the roadworks example lists its issues by tab (screenshot for the docs)", async () => {
    const w = new GasWorld({ timeZone: "Europe/Paris" });
    fill(w.active, buildTemplateSheets({ lang: "fr", example: VOIRIE }));
    const { page } = await openSidebar(w);
    await expect
      .poll(() => page.locator(".project-name").textContent())
      .toBe(`${VOIRIE.project.code} · ${VOIRIE.project.title}`);
    await action(page, "check").click();
    await page.locator(".count-line").waitFor();
    expect(await page.locator(".count-line").textContent()).toBe("9 alertes");
    expect(await page.locator(".group-toggle").allTextContents()).toEqual([
      "▾Budget (3)",
      "▾Équipe (1)",
      "▾Calendrier (4)",
      "▾Financement (1)",
    ]);
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    mkdirSync(join(root, "docs/screenshots"), { recursive: true });
    await page.screenshot({ path: join(root, "docs/screenshots/sidebar-verifier.png"), fullPage: true });
    await page.close();
  });

  it("Calculer writes Synthèse and Contrôles and shows the figures (screenshot for the docs)", async () => {
    const w = new GasWorld({ timeZone: "Europe/Paris" });
    fill(w.active, buildTemplateSheets({ lang: "fr", example: MEDIATHEQUE }));
    const { page } = await openSidebar(w);
    await expect.poll(() => page.locator(".project-name").textContent()).toContain("MED-2025-01");
    await action(page, "compute").click();
    await expect.poll(() => page.locator(".status .outcome").first().textContent()).toMatch(/Synthèse/);
    expect(w.active.getSheetByName("Synthèse")).not.toBeNull();
    expect(w.active.getSheetByName("Contrôles")).not.toBeNull();
    expect(await page.locator(".fp-panel svg").count()).toBeGreaterThan(0);
    // No hover state in the picture.
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    mkdirSync(join(root, "docs/screenshots"), { recursive: true });
    await page.screenshot({ path: join(root, "docs/screenshots/sidebar.png"), fullPage: true });
    await page.close();
  });

  it("Créer la fiche on an empty spreadsheet creates the tabs and says so", async () => {
    const w = new GasWorld();
    const { page } = await openSidebar(w);
    await expect.poll(() => page.locator(".empty").textContent()).toBeTruthy();
    await action(page, "template").click();
    await expect.poll(() => page.locator(".status .outcome").first().textContent()).toMatch(/Projet/);
    expect(w.active.getSheetByName("Budget")).not.toBeNull();
    await page.close();
  });

  it("Calculer refused by an unmarked Synthèse tab says why and writes nothing", async () => {
    const w = new GasWorld();
    fill(w.active, buildTemplateSheets({ lang: "fr", example: PORTAIL }));
    w.active.addSheet("Synthèse", [["mes notes"]]);
    const { page } = await openSidebar(w);
    await action(page, "compute").click();
    await expect.poll(() => page.locator(".status").textContent()).toMatch(/Généré par fiche-projet/);
    expect(w.active.getSheetByName("Contrôles")).toBeNull();
    await page.close();
  });

  it("the project lead's sidebar offers its own actions only: no Consolider", async () => {
    const w = new GasWorld();
    fill(w.active, buildTemplateSheets({ lang: "fr", example: PORTAIL }));
    const { page, calls } = await openSidebar(w);
    await expect.poll(() => page.locator(".project-name").textContent()).toContain("NUM-2026-02");
    expect(await actionKeys(page)).toEqual(["template", "check", "compute"]);
    expect(calls).toEqual(["ficheProjetSummary"]);
    await page.close();
  });

  it("the direction's sidebar offers Consolider only, runs batch after batch, shows progress, and says what it wrote (screenshot)", async () => {
    const w = folderWorld(200, [3]);
    w.drive.folders.get(FOLDER)?.files.push({
      id: "x-1",
      name: "voirie 2025.xlsx",
      mimeType: MimeType.MICROSOFT_EXCEL,
      bytes: await workbookBytes(
        withProjectValue(buildTemplateSheets({ lang: "fr", example: VOIRIE }), "Code projet", "X001"),
      ),
    });
    const { page, calls } = await openSidebar(w, "direction");
    expect(await actionKeys(page)).toEqual(["consolidate"]);
    await expect.poll(() => page.locator(".empty").textContent()).toMatch(/^«\u00A0Consolider…\u00A0» lit les fiches/);
    expect(await page.locator(".project").count()).toBe(0);
    await action(page, "consolidate").click();
    await page.locator("#fp-folder").fill(`https://drive.google.com/drive/folders/${FOLDER}`);
    await page.locator(".folder-form button[type=submit]").click();
    await expect
      .poll(() => page.locator(".status .outcome").first().textContent(), { timeout: 60_000 })
      .toMatch(/200 projets consolidés/);
    // The .xlsx file is read by the core's reader (over Utilities.unzip) like the Google Sheets.
    expect(await outcomeLines(page)).toEqual([
      "200 projets consolidés.",
      "Tableau de bord, Portefeuille, PPI, Financements, Budget consolidé, Charge services et Contrôles écrits.",
      "1 fichier illisible : Fiche P003.",
    ]);
    // What the direction reads next is the outcome, not a project's "Créer la fiche".
    expect(await page.locator(".fp-panel").textContent()).not.toMatch(/Créer la fiche/);
    expect(calls.filter((c) => c === "ficheProjetConsolidateFolder")).toHaveLength(1);
    expect(calls.filter((c) => c === "ficheProjetContinue").length).toBeGreaterThanOrEqual(1);
    expect(calls).not.toContain("ficheProjetSummary");
    expect(w.active.getSheetByName("Portefeuille")).not.toBeNull();
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    mkdirSync(join(root, "docs/screenshots"), { recursive: true });
    await page.screenshot({ path: join(root, "docs/screenshots/sidebar-direction.png"), fullPage: true });
    await page.close();
  });

  it.each([
    ["fr", "Échec : «\u00A0https://docs.google.com/spreadsheets/d/"],
    ["en", "Failed: “https://docs.google.com/spreadsheets/d/"],
  ])(
    "a spreadsheet's link in the direction's folder form (%s): one sentence, one language, no generic advice",
    async (lang, start) => {
      const w = folderWorld(2);
      const { page } = await openSidebar(w, "direction");
      await page.locator(`button.lang[lang="${lang}"]`).click();
      expect(await page.locator(`button.lang[lang="${lang}"]`).getAttribute("aria-pressed")).toBe("true");
      await action(page, "consolidate").click();
      const link = "https://docs.google.com/spreadsheets/d/1SpreadsheetIdOfAProjectSheet000/edit";
      await page.locator("#fp-folder").fill(link);
      await page.locator(".folder-form button[type=submit]").click();
      await expect.poll(() => page.locator(".status.fail").textContent()).toContain(start);
      const lines = await outcomeLines(page);
      expect(lines).toHaveLength(1);
      const what = messageText("FOLDER_LINK_NOT_FOLDER", { input: link, what: "spreadsheet" }, lang as "fr" | "en");
      expect(lines[0]).toBe(`${lang === "fr" ? "Échec : " : "Failed: "}${what}`);
      expect(w.documentProperties.data.size).toBe(0);
      await page.close();
    },
  );
});
