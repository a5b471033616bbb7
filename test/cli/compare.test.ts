/**
 * `fiche-projet compare` and `consolidate --previous` on real files: the médiathèque and a copy
 * a month later, a v1 portfolio (test/fixtures/portefeuille-v1.xlsx, written before the v2
 * tabs) and this month's, written by `consolidate`.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import XLSX from "xlsx";
import { MEDIATHEQUE } from "../../src/core/examples/index.js";
import { mediathequeMonthLater, thisCopilFiles } from "../fixtures/copil.js";
import { fr, grid } from "../fixtures/edit.js";
import { xlsxBytes } from "../fixtures/seed.js";
import { hasStack, run, sha256 } from "./helpers.js";

const V1 = resolve(import.meta.dirname, "../fixtures/portefeuille-v1.xlsx");
const THIS_COPIL = "2026-12-15";
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fp-compare-"));
  await mkdir(join(dir, "projets"));
  await writeFile(join(dir, "avant.xlsx"), await xlsxBytes(grid(fr(MEDIATHEQUE))));
  await writeFile(join(dir, "apres.xlsx"), await xlsxBytes(grid(mediathequeMonthLater())));
  for (const [file, g] of thisCopilFiles()) await writeFile(join(dir, file), await xlsxBytes(g));
  await copyFile(V1, join(dir, "octobre.xlsx"));
  await writeFile(join(dir, "notes.xlsx"), await xlsxBytes({ sheets: [{ name: "Notes", rows: [["à relire"]] }] }));
  const r = await run(["consolidate", "projets", "-o", "novembre.xlsx", "--status-date", THIS_COPIL], { cwd: dir });
  expect(r.code).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const json = async (argv: string[]) => {
  const r = await run(["compare", ...argv, "--json"], { cwd: dir });
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as {
    schemaVersion: number;
    kind: string;
    old: { file: string; statusDate: string | null };
    new: { file: string; statusDate: string | null };
    changes: { what: string; old: unknown; new: unknown; delta: number | null }[];
  } & Record<string, unknown>;
};

describe("compare two fiches", () => {
  it("exit 0 and a report grouped by theme, French by default", async () => {
    const r = await run(["compare", "avant.xlsx", "apres.xlsx"], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const lines = r.stdout.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "Comparaison de deux versions de la fiche MED-2025-01 — Médiathèque tête de réseau et mise en réseau des bibliothèques",
      "Avant\u00A0: avant.xlsx, état au 15/11/2026",
      "Après\u00A0: apres.xlsx, état au 15/12/2026",
    ]);
    const headings = lines.filter((l) => /^\S/.test(l)).slice(4);
    expect(headings).toEqual([
      "Santé",
      "Budget",
      "Lignes budgétaires (plus gros écarts d'abord)",
      "Plan de financement",
      "Financeurs",
      "Calendrier",
      "Étapes",
      "Contrôles",
    ]);
    expect(r.stdout).toMatch(
      /E7 Second œuvre et lots techniques \(lots 5 …\s+Fin prévisionnelle\s+30\/04\/2027\s+28\/05\/2027\s+\+28\u00A0j/,
    );
    expect(r.stdout).toContain("Résolus (1)");
  });

  it("money changes largest first: the DETR received (+160 000 €) before the works' forecast (+45 000 €)", async () => {
    const r = await run(["compare", "avant.xlsx", "apres.xlsx"], { cwd: dir });
    const lines = r.stdout.slice(r.stdout.indexOf("Lignes budgétaires")).split("\n");
    expect(lines[2]).toMatch(
      /^ {2}DETR\s+Mandaté\s+120\u202F000,00\u00A0€\s+280\u202F000,00\u00A0€\s+\+160\u202F000,00\u00A0€$/,
    );
    expect(lines[3]).toMatch(/^ {2}Travaux lots 1 à 4/);
  });

  it("--lang en: the report in English", async () => {
    const r = await run(["compare", "avant.xlsx", "apres.xlsx", "--lang", "en"], { cwd: dir });
    expect(r.stdout.split("\n").slice(0, 3)).toEqual([
      "Two versions of the project sheet MED-2025-01 — Médiathèque tête de réseau et mise en réseau des bibliothèques compared",
      "Before: avant.xlsx, as of 2026-11-15",
      "After: apres.xlsx, as of 2026-12-15",
    ]);
    expect(r.stdout).toContain("Budget lines (largest moves first)");
  });

  it("--json: one document, keys in a fixed order, dated paths and deltas", async () => {
    const doc = await json(["avant.xlsx", "apres.xlsx"]);
    expect(Object.keys(doc)).toEqual(["schemaVersion", "kind", "old", "new", "changes", "project"]);
    expect(doc).toMatchObject({
      schemaVersion: 1,
      kind: "fiche",
      old: { file: "avant.xlsx", statusDate: "2026-11-15" },
      new: { file: "apres.xlsx", statusDate: THIS_COPIL },
    });
    expect(doc.changes.find((c) => c.what === "steps.E7.forecastFinish")).toEqual({
      what: "steps.E7.forecastFinish",
      old: "2027-04-30",
      new: "2027-05-28",
      delta: 28,
    });
  });

  it("--status-date is the new fiche's", async () => {
    const doc = await json(["avant.xlsx", "apres.xlsx", "--status-date", "2027-01-15"]);
    expect([doc.old.statusDate, doc.new.statusDate]).toEqual(["2026-11-15", "2027-01-15"]);
  });

  it("the same file twice: no change, exit 0", async () => {
    const r = await run(["compare", "avant.xlsx", "avant.xlsx"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("\nAucun changement.\n");
  });
});

describe("compare two portfolios", () => {
  it("a v1 portfolio (before the v2 tabs) with this month's: projects added and removed, per project then and now", async () => {
    const doc = await json(["octobre.xlsx", "novembre.xlsx"]);
    expect(doc).toMatchObject({
      kind: "portfolio",
      old: { file: "octobre.xlsx", statusDate: "2026-11-15" },
      new: { file: "novembre.xlsx", statusDate: THIS_COPIL },
    });
    const projects = doc.projects as { code: string; move: string }[];
    expect(projects.map((p) => [p.code, p.move])).toEqual([
      ["NUM-2026-02", "kept"],
      ["MED-2025-01", "kept"],
      ["VOI-2026-01", "kept"],
      ["FS-2027-01", "added"],
      ["MOB-2025-04", "removed"],
    ]);
    expect(doc.changes.find((c) => c.what === "projects.NUM-2026-02.health.overall")).toMatchObject({
      old: "green",
      new: "amber",
    });
  });

  it("the report: projects first, then the totals", async () => {
    const r = await run(["compare", "octobre.xlsx", "novembre.xlsx"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Avant\u00A0: octobre.xlsx, état au 15/11/2026 (4 projets)");
    expect(r.stdout).toMatch(
      /Projets nouveaux\u00A0: FS-2027-01 Tiers-lieu .* \(vert, dépenses 1\u202F040\u202F000,00\u00A0€\)/,
    );
    expect(r.stdout).toContain("Projets retirés\u00A0: MOB-2025-04 Plan vélo intercommunal : phase 1");
    expect(r.stdout.indexOf("Projets (ce qui a le plus changé d'abord)")).toBeLessThan(r.stdout.indexOf("\nTotaux\n"));
  });
});

describe("--help lists compare and --previous", () => {
  it.each([
    ["fr", "fiche-projet compare ANCIEN.xlsx NOUVEAU.xlsx", "--previous ANCIEN-PORTEFEUILLE.xlsx"],
    ["en", "fiche-projet compare OLD.xlsx NEW.xlsx", "--previous OLD-PORTFOLIO.xlsx"],
  ])("%s", async (lang, usage, previous) => {
    const r = await run(["--help", "--lang", lang], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(usage);
    expect(r.stdout).toContain(previous);
    expect(r.stdout).toMatch(/\n {2}compare {7}\S/);
  });
});

describe("compare: what it refuses (exit 2, one sentence, no stack trace)", () => {
  it.each([
    [
      "a fiche and a portfolio",
      ["avant.xlsx", "novembre.xlsx"],
      "impossible de comparer avant.xlsx (une fiche projet) avec novembre.xlsx (un portefeuille)",
    ],
    ["neither", ["notes.xlsx", "avant.xlsx"], "notes.xlsx n'est ni une fiche projet"],
    ["a file missing", ["avant.xlsx", "absent.xlsx"], "absent.xlsx"],
    ["one file only", ["avant.xlsx"], "compare attend deux fichiers"],
    ["three files", ["avant.xlsx", "apres.xlsx", "notes.xlsx"], "compare attend deux fichiers"],
  ])("%s", async (_name, files, sentence) => {
    const r = await run(["compare", ...files], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.replace(/\u00A0/g, " ")).toContain(sentence);
    expect(r.stderr.split("\n")[0]?.startsWith("fiche-projet: ")).toBe(true);
    expect(hasStack(r.stderr)).toBe(false);
  });

  it.each([
    ["-o", ["-o", "x.xlsx"]],
    ["--capacity", ["--capacity", "c.xlsx"]],
  ])("option %s does not apply", async (_name, option) => {
    const r = await run(["compare", "avant.xlsx", "apres.xlsx", ...option], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.replace(/\u00A0/g, " ")).toContain("ne s'applique pas à « compare »");
  });
});

describe("consolidate --previous: the Évolution tab", () => {
  const tabs = async (file: string) => XLSX.read(await readFile(join(dir, file)), { type: "buffer" });
  const rowsOf = (wb: XLSX.WorkBook, name: string) =>
    XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name] as XLSX.WorkSheet, { header: 1, defval: null });

  it("second tab, compared with the previous portfolio, sorted by what changed most", async () => {
    const args = ["consolidate", "projets", "-o", "decembre.xlsx", "--previous", "octobre.xlsx"];
    const r = await run([...args, "--status-date", THIS_COPIL], { cwd: dir });
    expect(r.code).toBe(0);
    const wb = await tabs("decembre.xlsx");
    expect(wb.SheetNames).toEqual([
      "Tableau de bord",
      "Évolution",
      "Portefeuille",
      "PPI",
      "Financements",
      "Budget consolidé",
      "Charge services",
      "Contrôles",
    ]);
    const rows = rowsOf(wb, "Évolution");
    expect(rows[0]?.[0]).toBe("Généré par fiche-projet — Évolution depuis le 15/11/2026 — état au 15/12/2026");
    const header = rows.findIndex((row) => row[0] === "Code projet");
    expect(rows.slice(header + 1, header + 6).map((row) => [row[0], row[2]])).toEqual([
      ["NUM-2026-02", "santé dégradée"],
      ["MED-2025-01", "modifié"],
      ["VOI-2026-01", "modifié"],
      ["FS-2027-01", "nouveau"],
      ["MOB-2025-04", "retiré"],
    ]);
  });

  it("--lang en: the tab is Changes", async () => {
    const args = ["consolidate", "projets", "-o", "en.xlsx", "--previous", "octobre.xlsx", "--lang", "en"];
    expect((await run([...args, "--status-date", THIS_COPIL], { cwd: dir })).code).toBe(0);
    expect((await tabs("en.xlsx")).SheetNames[1]).toBe("Changes");
  });

  it("the previous may be the output itself: read first, then replaced", async () => {
    await copyFile(V1, join(dir, "mensuel.xlsx"));
    const before = await sha256(join(dir, "mensuel.xlsx"));
    const args = ["consolidate", "projets", "-o", "mensuel.xlsx", "--previous", "mensuel.xlsx"];
    expect((await run([...args, "--status-date", THIS_COPIL], { cwd: dir })).code).toBe(0);
    expect(await sha256(join(dir, "mensuel.xlsx"))).not.toBe(before);
    const rows = rowsOf(await tabs("mensuel.xlsx"), "Évolution");
    expect(rows.some((row) => row[0] === "MOB-2025-04" && row[2] === "retiré")).toBe(true);
  });

  it("a previous inside the folder consolidated is not read as a project", async () => {
    await copyFile(V1, join(dir, "projets", "precedent.xlsx"));
    try {
      const args = ["consolidate", "projets", "-o", "avec.xlsx", "--previous", "projets/precedent.xlsx", "--json"];
      const r = await run([...args, "--status-date", THIS_COPIL], { cwd: dir });
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).failures).toEqual([]);
    } finally {
      await rm(join(dir, "projets", "precedent.xlsx"));
    }
  });

  it.each([
    [
      "a fiche",
      ["-o", "p1.xlsx", "--previous", "avant.xlsx"],
      "avant.xlsx n'est pas un portefeuille généré par fiche-projet",
      "p1.xlsx",
    ],
    ["a file missing", ["-o", "p2.xlsx", "--previous", "absent.xlsx"], "absent.xlsx", "p2.xlsx"],
    [
      "without -o (the JSON has no Évolution)",
      ["--json", "--previous", "octobre.xlsx"],
      "--previous ajoute l'onglet Évolution",
      null,
    ],
  ])("refused, nothing written: %s", async (_name, options, sentence, output) => {
    const r = await run(["consolidate", "projets", ...options], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.replace(/\u00A0/g, " ")).toContain(sentence);
    expect(hasStack(r.stderr)).toBe(false);
    if (output) await expect(readFile(join(dir, output))).rejects.toThrow();
  });
});
