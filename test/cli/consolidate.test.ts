import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import XLSX from "xlsx";
import { EXAMPLE_CAPACITY, MEDIATHEQUE, PORTAIL, VOIRIE } from "../../src/core/examples/index.js";
import { buildCapacitySheets, buildTemplateSheets } from "../../src/core/template/sheets.js";
import { writeWorkbookFile } from "../../src/node/writeWorkbook.js";
import { storedZip } from "../node/helpers/zip.js";
import { hasStack, run, sha256 } from "./helpers.js";

let dir: string;
const projects = () => join(dir, "projets");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fp-conso-"));
  await mkdir(join(projects(), "2026", ".cache"), { recursive: true });
  await writeWorkbookFile(
    join(projects(), "mediatheque.xlsx"),
    buildTemplateSheets({ lang: "fr", example: MEDIATHEQUE }),
  );
  await writeWorkbookFile(
    join(projects(), "2026", "portail.xlsx"),
    buildTemplateSheets({ lang: "fr", example: PORTAIL }),
  );
  await writeFile(join(projects(), "vide.xlsx"), "");
  const whole = await readFile(join(projects(), "mediatheque.xlsx"));
  await writeFile(join(projects(), "tronque.xlsx"), whole.subarray(0, whole.length / 3));
  await writeFile(join(projects(), "notes.xlsx"), storedZip({ "notes.txt": "à relire" }));
  // Skipped: Excel lock file, hidden file, hidden folder, non-.xlsx file.
  await writeFile(join(projects(), "~$mediatheque.xlsx"), "lock");
  await writeFile(join(projects(), ".brouillon.xlsx"), "hidden");
  await writeFile(join(projects(), "2026", ".cache", "x.xlsx"), "hidden");
  await writeFile(join(projects(), "lisez-moi.txt"), "texte");
  await writeWorkbookFile(join(dir, "capacite.xlsx"), buildCapacitySheets(EXAMPLE_CAPACITY, "fr"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("consolidate a folder", () => {
  it("consolidates the readable workbooks, lists the others, exits 1", async () => {
    const r = await run(["consolidate", "projets", "-o", "portefeuille.xlsx", "--capacity", "capacite.xlsx"], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("MED-2025-01");
    expect(r.stdout).toContain("NUM-2026-02");
    expect(r.stdout).toMatch(/projets\/vide\.xlsx : fichier vide/);
    expect(r.stdout).toMatch(/projets\/tronque\.xlsx : /);
    expect(r.stdout).toMatch(/projets\/notes\.xlsx : .*workbook\.xml/);
    expect(r.stdout).not.toMatch(/~\$|brouillon|cache|lisez-moi/);
    expect(r.stdout).toMatch(/2 projets, .*3 classeurs non consolidés/);
    expect(hasStack(r.stderr)).toBe(false);
    const wb = XLSX.read(await readFile(join(dir, "portefeuille.xlsx")), { type: "buffer" });
    expect(wb.SheetNames).toEqual(
      expect.arrayContaining(["Portefeuille", "Budget consolidé", "Charge services", "Contrôles"]),
    );
  });

  it("--json prints only the PortfolioDocument with the failures, and the inputs are unchanged", async () => {
    const before = await sha256(join(projects(), "mediatheque.xlsx"));
    const r = await run(["consolidate", "projets", "--json", "-o", "p.xlsx", "--status-date", "2026-11-15"], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.projects.map((p: { code: string }) => p.code).sort()).toEqual(["MED-2025-01", "NUM-2026-02"]);
    expect(doc.failures.map((f: { file: string }) => f.file)).toEqual([
      "projets/notes.xlsx",
      "projets/tronque.xlsx",
      "projets/vide.xlsx",
    ]);
    expect(await sha256(join(projects(), "mediatheque.xlsx"))).toBe(before);
  });

  it("exits 0 when every workbook is clean", async () => {
    const r = await run(["consolidate", "projets/mediatheque.xlsx", "projets/2026", "-o", "ok.xlsx"], { cwd: dir });
    expect(r.stdout).toMatch(/2 projets, 0 erreur/);
    expect(r.code).toBe(0);
  });

  it("names the same workbook once even when given twice", async () => {
    const r = await run(["consolidate", "projets/mediatheque.xlsx", "./projets/mediatheque.xlsx", "--json"], {
      cwd: dir,
    });
    expect(JSON.parse(r.stdout).projects).toHaveLength(1);
  });

  it("duplicate project codes: exit 1 with PORTFOLIO_DUPLICATE_CODE", async () => {
    await mkdir(join(dir, "doublons"), { recursive: true });
    await writeWorkbookFile(join(dir, "doublons", "a.xlsx"), buildTemplateSheets({ lang: "fr", example: VOIRIE }));
    await writeWorkbookFile(join(dir, "doublons", "b.xlsx"), buildTemplateSheets({ lang: "fr", example: VOIRIE }));
    const r = await run(["consolidate", "doublons", "--json"], { cwd: dir });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.issues.filter((i: { code: string }) => i.code === "PORTFOLIO_DUPLICATE_CODE")).toHaveLength(2);
  });

  it("nothing readable at all: exit 2, nothing written", async () => {
    await mkdir(join(dir, "illisibles"), { recursive: true });
    await writeFile(join(dir, "illisibles", "a.xlsx"), "");
    const r = await run(["consolidate", "illisibles", "-o", "rien.xlsx"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("illisibles/a.xlsx : fichier vide");
    await expect(readFile(join(dir, "rien.xlsx"))).rejects.toThrow();
  });

  it("an empty folder: exit 2", async () => {
    await mkdir(join(dir, "vide"), { recursive: true });
    expect((await run(["consolidate", "vide", "-o", "rien.xlsx"], { cwd: dir })).code).toBe(2);
  });

  it("refuses an output that is a named input", async () => {
    const r = await run(["consolidate", "projets/mediatheque.xlsx", "-o", "projets/mediatheque.xlsx", "--force"], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/aussi une entrée/);
  });

  it("skips the output and the capacity workbook when they sit in the scanned folder", async () => {
    await mkdir(join(dir, "tout"), { recursive: true });
    await writeWorkbookFile(join(dir, "tout", "portail.xlsx"), buildTemplateSheets({ lang: "fr", example: PORTAIL }));
    await writeWorkbookFile(join(dir, "tout", "capacite.xlsx"), buildCapacitySheets(EXAMPLE_CAPACITY, "fr"));
    const args = ["consolidate", "tout", "-o", "tout/portefeuille.xlsx", "--capacity", "tout/capacite.xlsx"];
    expect((await run(args, { cwd: dir })).code).toBe(0);
    const again = await run(args, { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/1 projet, /);
  });
});

describe("progress bar", () => {
  it("is silent when standard error is not a terminal", async () => {
    const r = await run(["consolidate", "projets/2026", "-o", "p1.xlsx"], { cwd: dir, stderrIsTTY: false });
    expect(r.stderr).toBe("écrit : p1.xlsx\n");
  });

  it("draws on standard error when it is a terminal, never on standard output", async () => {
    const r = await run(["consolidate", "projets/2026", "--json"], { cwd: dir, stderrIsTTY: true });
    expect(r.stderr).toContain("[>                   ] 0/1 projets/2026/portail.xlsx");
    expect(r.stderr).toContain("[====================] 1/1");
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
});
