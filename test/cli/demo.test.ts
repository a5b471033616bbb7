import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import XLSX from "xlsx";
import { EXAMPLES } from "../../src/core/examples/index.js";
import { run } from "./helpers.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fp-demo-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("demo", () => {
  it("writes the examples, the capacity workbook and the portfolio, twice in a row", async () => {
    for (let i = 0; i < 2; i++) {
      const r = await run(["demo"], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/6 projets, 0 erreur/);
    }
    expect((await readdir(join(dir, "examples/projets"))).sort()).toEqual(EXAMPLES.map((e) => e.file).sort());
    const wb = XLSX.read(await readFile(join(dir, "out/portefeuille.xlsx")), { type: "buffer" });
    expect(wb.SheetNames).toEqual(
      expect.arrayContaining(["Portefeuille", "Budget consolidé", "Charge services", "Contrôles"]),
    );
  });

  it("check prints the issues grouped by tab, then the synthesis", async () => {
    await run(["demo"], { cwd: dir });
    const r = await run(["check", "examples/projets/fiche-voirie-2026.xlsx"], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Fichier : examples/projets/fiche-voirie-2026.xlsx");
    expect(lines).toContain("Calendrier");
    expect(lines).toContain("Synthèse");
    expect(r.stdout).toMatch(/ {2}Santé\s+rouge/);
    expect(r.stdout).toMatch(/Étapes en retard\s+\S+/);
    expect(r.stdout.indexOf("Calendrier")).toBeLessThan(r.stdout.indexOf("Synthèse"));
  });
});
