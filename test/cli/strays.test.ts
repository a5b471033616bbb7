/**
 * SPEC §6 through the command line: last month's outputs and the capacity workbook left in the
 * folder are not failures (exit 0), a copied fiche is counted once (issue 12: 6 projects,
 * 4 351 500 €, not 7 and 5 229 600 €), a `--capacity` fiche is still a project, and `--lang en`
 * names the tabs in English.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import XLSX from "xlsx";
import { EXAMPLE_CAPACITY, EXAMPLES, MEDIATHEQUE, PORTAIL } from "../../src/core/examples/index.js";
import { buildCapacitySheets, buildTemplateSheets } from "../../src/core/template/sheets.js";
import { writeWorkbookFile } from "../../src/node/writeWorkbook.js";
import { run } from "./helpers.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fp-strays-"));
  await mkdir(join(dir, "dossier"), { recursive: true });
  await writeWorkbookFile(
    join(dir, "dossier", "mediatheque.xlsx"),
    buildTemplateSheets({ lang: "fr", example: MEDIATHEQUE }),
  );
  await writeWorkbookFile(join(dir, "dossier", "portail.xlsx"), buildTemplateSheets({ lang: "fr", example: PORTAIL }));
  await writeWorkbookFile(join(dir, "dossier", "capacite.xlsx"), buildCapacitySheets(EXAMPLE_CAPACITY, "fr"));
  // Last month's portfolio and a check report, written by fiche-projet, left in the folder.
  expect((await run(["consolidate", "dossier", "-o", "dossier/portefeuille-octobre.xlsx"], { cwd: dir })).code).toBe(0);
  expect((await run(["check", "dossier/portail.xlsx", "-o", "dossier/rapport-portail.xlsx"], { cwd: dir })).code).toBe(
    0,
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Doc {
  readonly projects: { file: string; code: string }[];
  readonly staffing: { capacity: number | null }[];
  readonly totals: { overall: { netCost: { forecast: number } } };
  readonly kpis: Record<string, number>;
  readonly issues: { file: string; severity: string; code: string }[];
  readonly failures: unknown[];
  readonly duplicates: { code: string; kept: { file: string }; setAside: { file: string }[] }[];
  readonly skipped: { file: string; reason: string }[];
}

describe("files that are not projects, left in the folder", () => {
  it("are skipped with an info issue, the capacity workbook is the capacity, and the exit code is 0", async () => {
    const r = await run(["consolidate", "dossier", "--json", "--status-date", "2026-11-15"], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.projects.map((p) => p.file)).toEqual(["dossier/mediatheque.xlsx", "dossier/portail.xlsx"]);
    expect(doc.skipped).toEqual([
      { file: "dossier/capacite.xlsx", reason: "capacity" },
      { file: "dossier/portefeuille-octobre.xlsx", reason: "generated" },
      { file: "dossier/rapport-portail.xlsx", reason: "generated" },
    ]);
    expect(doc.failures).toEqual([]);
    expect(doc.staffing.some((s) => s.capacity !== null)).toBe(true);
    expect(doc.issues.filter((i) => i.severity === "info").map((i) => [i.file, i.code])).toEqual([
      ["dossier/capacite.xlsx", "PORTFOLIO_CAPACITY_FILE"],
      ["dossier/portefeuille-octobre.xlsx", "PORTFOLIO_NOT_A_PROJECT"],
      ["dossier/rapport-portail.xlsx", "PORTFOLIO_NOT_A_PROJECT"],
    ]);
    expect(doc.kpis).toMatchObject({ projects: 2, failures: 0, skipped: 3, setAside: 0 });
  });

  it("with --capacity elsewhere, the capacity workbook of the folder is skipped too; the summary says what became of each", async () => {
    await writeWorkbookFile(join(dir, "capacite-2027.xlsx"), buildCapacitySheets(EXAMPLE_CAPACITY, "fr"));
    const r = await run(["consolidate", "dossier", "-o", "p.xlsx", "--capacity", "capacite-2027.xlsx"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Fichiers qui ne sont pas des projets\n");
    expect(r.stdout).toContain("  dossier/capacite.xlsx : autre capacité des services, ignorée\n");
    expect(r.stdout).toContain(
      "  dossier/portefeuille-octobre.xlsx : écrit par fiche-projet (portefeuille ou rapport), ignoré\n",
    );
    expect(r.stdout).toMatch(/2 projets, 0 erreur, .* 0 classeur non consolidé/);
  });

  it("a --capacity workbook that has a Projet tab is still consolidated as a project", async () => {
    const r = await run(["consolidate", "dossier", "--json", "--capacity", "dossier/portail.xlsx"], { cwd: dir });
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.projects.map((p) => p.code)).toEqual(["MED-2025-01", "NUM-2026-02"]);
    // Its Capacité tab is the capacity: the folder's capacity workbook is not used.
    expect(doc.skipped).toContainEqual({ file: "dossier/capacite.xlsx", reason: "capacityIgnored" });
  });

  it("only outputs in the folder: nothing to consolidate (exit 2), each file said", async () => {
    await mkdir(join(dir, "sorties"), { recursive: true });
    await copyFile(join(dir, "dossier", "portefeuille-octobre.xlsx"), join(dir, "sorties", "portefeuille.xlsx"));
    const r = await run(["consolidate", "sorties", "-o", "rien.xlsx"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("sorties/portefeuille.xlsx : Classeur écrit par fiche-projet");
    await expect(readFile(join(dir, "rien.xlsx"))).rejects.toThrow();
  });
});

describe("issue 12: a copied fiche left in the folder", () => {
  it("counts the project once: 6 projects, 4 351 500 €, the copy set aside, exit 1 for the duplicate code", async () => {
    await mkdir(join(dir, "projets"), { recursive: true });
    for (const example of EXAMPLES)
      await writeWorkbookFile(join(dir, "projets", example.file), buildTemplateSheets({ lang: "fr", example }));
    await copyFile(
      join(dir, "projets", "fiche-voirie-2026.xlsx"),
      join(dir, "projets", "fiche-voirie-2026 - Copie.xlsx"),
    );
    const args = ["consolidate", "projets", "--json", "-o", "portefeuille.xlsx", "--status-date", "2026-11-15"];
    const r = await run(args, { cwd: dir });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.projects).toHaveLength(6);
    expect(doc.totals.overall.netCost.forecast).toBe(4_351_500);
    expect(doc.duplicates).toEqual([
      {
        code: "VOI-2026-01",
        kept: { file: "projets/fiche-voirie-2026 - Copie.xlsx", statusDate: "2026-11-15" },
        setAside: [{ file: "projets/fiche-voirie-2026.xlsx", statusDate: "2026-11-15" }],
      },
    ]);
    expect(doc.issues.filter((i) => i.code === "PORTFOLIO_DUPLICATE_CODE").map((i) => i.file)).toEqual([
      "projets/fiche-voirie-2026 - Copie.xlsx",
      "projets/fiche-voirie-2026.xlsx",
    ]);
    const wb = XLSX.read(await readFile(join(dir, "portefeuille.xlsx")));
    const dashboard = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets["Tableau de bord"] as XLSX.WorkSheet, {
      header: 1,
    });
    expect(dashboard.find((row) => row[0] === "Projets consolidés")?.[2]).toBe(6);
    expect(dashboard.find((row) => row[0] === "Classeurs écartés (code en double)")?.[2]).toBe(1);
    const controls = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Contrôles as XLSX.WorkSheet, { header: 1 });
    expect(controls).toContainEqual(
      expect.arrayContaining([
        "projets/fiche-voirie-2026.xlsx",
        "VOI-2026-01",
        "projets/fiche-voirie-2026 - Copie.xlsx",
      ]),
    );
    const text = await run(
      args.filter((a) => a !== "--json"),
      { cwd: dir },
    );
    expect(text.stdout).toContain(
      "Classeurs écartés (code projet en double)\n  projets/fiche-voirie-2026.xlsx : VOI-2026-01 est compté depuis projets/fiche-voirie-2026 - Copie.xlsx\n",
    );
    expect(text.stdout).toContain("6 projets, 1 erreur, 14 alertes, 0 classeur non consolidé");
  });
});

describe("--lang en", () => {
  it("names the portfolio's tabs in English", async () => {
    const r = await run(["consolidate", "dossier", "-o", "portfolio.xlsx", "--lang", "en"], { cwd: dir });
    expect(r.code).toBe(0);
    const wb = XLSX.read(await readFile(join(dir, "portfolio.xlsx")));
    expect(wb.SheetNames).toEqual([
      "Dashboard",
      "Portfolio",
      "Capital plan",
      "Financing",
      "Consolidated budget",
      "Service load",
      "Checks",
    ]);
  });
});
