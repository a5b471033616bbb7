/**
 * The shared panel in headless Chromium against a stub host: grouping, labels, language,
 * empty states, failures, the Sheets folder form, keyboard focus.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calls, issue, openPanel, type PanelBench, type StubInput, startBench } from "./pages.js";

let bench: PanelBench;

beforeAll(async () => {
  bench = await startBench();
});

afterAll(async () => {
  await bench?.browser.close();
});

const open = (input: StubInput = {}, lang?: "fr" | "en"): Promise<Page> => openPanel(bench, input, lang);

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
    expect(await page.locator(".evm dt").allTextContents()).toEqual([
      "Indice de performance des coûts (CPI)",
      "Indice de performance des délais (SPI)",
    ]);
    expect(await page.locator(".evm dd").allTextContents()).toEqual(["1,05", "n.d."]);
    expect(await page.locator(".evm + .note").textContent()).toBe(
      "Au-dessus de 1\u00A0: moins cher (coûts) ou plus avancé (délais) que prévu.",
    );
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
