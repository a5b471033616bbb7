import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import XLSX from "xlsx";
import { MEDIATHEQUE } from "../../src/core/examples/index.js";
import { buildTemplateSheets } from "../../src/core/template/sheets.js";
import { GENERATED_MARK } from "../../src/core/types.js";
import { writeWorkbookFile } from "../../src/node/writeWorkbook.js";
import { docxLike, oleFile, storedZip } from "../node/helpers/zip.js";
import { hasStack, run, sha256 } from "./helpers.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fp-check-"));
  await run(["template", "--example", "-o", "exemple.xlsx"], { cwd: dir });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("template then check", () => {
  it("template --example writes a workbook that checks with exit 0 and no error", async () => {
    const r = await run(["check", "exemple.xlsx"], { cwd: dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("MED-2025-01");
    expect(r.stdout).toMatch(/Problèmes : 0 erreur/);
    expect(r.stdout).toContain("Synthèse");
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("colours the readable output on a terminal, unless NO_COLOR", async () => {
    expect((await run(["check", "exemple.xlsx"], { cwd: dir, isTTY: true })).stdout).toContain("\u001b[");
    expect(
      (await run(["check", "exemple.xlsx"], { cwd: dir, isTTY: true, env: { NO_COLOR: "1" } })).stdout,
    ).not.toContain("\u001b[");
  });

  it("template refuses to replace an existing file without --force", async () => {
    const before = await sha256(join(dir, "exemple.xlsx"));
    const r = await run(["template", "-o", "exemple.xlsx"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/exemple\.xlsx existe déjà.*--force/);
    expect(await sha256(join(dir, "exemple.xlsx"))).toBe(before);
    const forced = await run(["template", "-o", "vierge.xlsx"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect((await run(["template", "-o", "vierge.xlsx", "--force"], { cwd: dir })).code).toBe(0);
  });

  it("a blank template has data errors (required values missing): exit 1", async () => {
    await run(["template", "-o", "blank.xlsx", "--lang", "en"], { cwd: dir });
    const r = await run(["check", "blank.xlsx", "--lang", "en"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Issues: \d+ errors?/);
  });
});

describe("check --json", () => {
  it("prints only the CheckDocument, schemaVersion 2", async () => {
    const r = await run(["check", "exemple.xlsx", "--json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe(2);
    expect(doc.project.code).toBe("MED-2025-01");
    expect(doc.project.statusDate).toBe("2026-11-15");
    expect(Object.keys(doc)).toEqual([
      "schemaVersion",
      "project",
      "issues",
      "budget",
      "funding",
      "schedule",
      "evm",
      "staffing",
      "evaluation",
      "health",
    ]);
  });

  it("the plan de financement in English codes, whatever the workbook's language (SPEC §5.4)", async () => {
    await run(["template", "--example", "--lang", "en", "-o", "example-en.xlsx"], { cwd: dir });
    const [fr, en] = await Promise.all(
      ["exemple.xlsx", "example-en.xlsx"].map(async (f) =>
        JSON.parse((await run(["check", f, "--json"], { cwd: dir })).stdout),
      ),
    );
    const codes = (doc: { funding: { byFunder: { category: string; status: string }[] } }) =>
      doc.funding.byFunder.map((f) => `${f.category}/${f.status}`);
    expect(codes(fr)).toEqual([
      "state/awarded",
      "state/awarded",
      "state/awarded",
      "local/awarded",
      "local/requested",
      "eu/refused",
    ]);
    expect(en.funding).toEqual(fr.funding);
    expect(fr.funding.publicAidRate).toBe(0.6246);
    expect(fr.budget.fctvaByYear.map((y: { year: number }) => y.year)).toEqual([2025, 2026, 2027]);
  });

  it.each([
    ["--status-date overrides the sheet's date", ["--status-date", "2027-01-04"], "2027-01-04"],
    ["the sheet's date wins over today", [], "2026-11-15"],
  ])("%s", async (_name, extra, expected) => {
    const r = await run(["check", "exemple.xlsx", "--json", ...extra], { cwd: dir });
    expect(JSON.parse(r.stdout).project.statusDate).toBe(expected);
  });
});

describe("check -o", () => {
  it.each([
    ["fr", "écrit : rapport-fr.xlsx\n"],
    ["en", "written: rapport-en.xlsx\n"],
  ] as const)("names the report written, in the user's language (%s)", async (lang, line) => {
    const r = await run(["check", "exemple.xlsx", "-o", `rapport-${lang}.xlsx`, "--lang", lang], { cwd: dir });
    expect(r.stderr).toBe(line);
  });

  it.each([
    [
      "fr",
      "rien n'est écrit dans rapport.xlsx\u00A0: le classeur n'a aucun onglet de la fiche projet (Projet, Calendrier, Budget, Équipe)\u00A0; «\u00A0fiche-projet template -o fiche.xlsx\u00A0» en crée une\n",
    ],
    [
      "en",
      'nothing written to rapport.xlsx: the workbook has no tab of the project sheet (Projet, Calendrier, Budget, Équipe); "fiche-projet template -o fiche.xlsx --lang en" creates one\n',
    ],
  ] as const)(
    "on a workbook without any tab of the fiche (%s): nothing written, the missing tabs listed, exit 1",
    async (lang, sentence) => {
      const blank = new ExcelJS.Workbook();
      blank.addWorksheet("Feuil1").getCell("A1").value = "mes notes";
      await blank.xlsx.writeFile(join(dir, "notes.xlsx"));
      const r = await run(["check", "notes.xlsx", "-o", "rapport.xlsx", "--lang", lang], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(sentence);
      expect(r.stdout.match(/TAB_MISSING/g)).toHaveLength(4);
      await expect(readFile(join(dir, "rapport.xlsx"))).rejects.toThrow(/ENOENT/);
    },
  );

  it("writes Synthèse and Contrôles into a new workbook; the input is unchanged; a formula-looking title stays text", async () => {
    const input = join(dir, "hyperlien.xlsx");
    await writeWorkbookFile(input, buildTemplateSheets({ lang: "fr", example: MEDIATHEQUE }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    const projet = wb.getWorksheet("Projet") as ExcelJS.Worksheet;
    projet.eachRow((row) => {
      if (String(row.getCell(1).value).startsWith("Intitulé"))
        row.getCell(2).value = '=HYPERLINK("http://evil.example","Cliquez")';
    });
    await wb.xlsx.writeFile(input);
    const before = await sha256(input);
    const r = await run(["check", "hyperlien.xlsx", "-o", "rapport.xlsx"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("rapport.xlsx");
    expect(await sha256(input)).toBe(before);
    const out = XLSX.read(await readFile(join(dir, "rapport.xlsx")), { type: "buffer" });
    expect(out.SheetNames).toEqual(expect.arrayContaining(["Synthèse", "Contrôles"]));
    for (const name of ["Synthèse", "Contrôles"]) {
      expect(String(out.Sheets[name]?.A1?.v)).toMatch(new RegExp(`^${GENERATED_MARK}`));
    }
    const cells = Object.values(out.Sheets.Synthèse as XLSX.WorkSheet).filter(
      (c): c is XLSX.CellObject => typeof c === "object" && c !== null && "v" in c,
    );
    const title = cells.find((c) => String(c.v).includes("HYPERLINK"));
    expect(title?.t).toBe("s");
    expect(title?.f).toBeUndefined();
  });

  it("refuses an output that is the input (exit 2) and leaves it unchanged", async () => {
    const before = await sha256(join(dir, "exemple.xlsx"));
    const r = await run(["check", "exemple.xlsx", "-o", "./exemple.xlsx"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/aussi une entrée/);
    expect(await sha256(join(dir, "exemple.xlsx"))).toBe(before);
  });

  it("refuses to replace a file it did not generate, unless --force; replaces its own report", async () => {
    await writeFile(join(dir, "notes.xlsx"), "pas un rapport");
    const r = await run(["check", "exemple.xlsx", "-o", "notes.xlsx"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(await readFile(join(dir, "notes.xlsx"), "utf8")).toBe("pas un rapport");
    expect((await run(["check", "exemple.xlsx", "-o", "own.xlsx"], { cwd: dir })).code).toBe(0);
    expect((await run(["check", "exemple.xlsx", "-o", "own.xlsx"], { cwd: dir })).code).toBe(0);
  });
});

const unreadable: [string, () => Promise<Uint8Array> | Uint8Array, RegExp][] = [
  ["empty", () => new Uint8Array(), /fichier vide/],
  ["random bytes", () => new Uint8Array(Array.from({ length: 300 }, (_, i) => (i * 31) % 256)), /pas un classeur/],
  ["truncated", async () => (await readFile(join(dir, "exemple.xlsx"))).subarray(0, 2000), /tronqué|endommagé/],
  ["zip of text files", () => storedZip({ "lisez-moi.txt": "bonjour" }), /workbook\.xml/],
  ["renamed .docx", docxLike, /document Word, pas un classeur Excel/],
  ["password-protected", () => oleFile(true), /mot de passe/],
];

describe("unreadable input", () => {
  it.each(unreadable)("%s → exit 2, one line naming the file, no stack trace", async (name, make, reason) => {
    const file = `${name.replace(/\W+/g, "-")}.xlsx`;
    await writeFile(join(dir, file), await make());
    const r = await run(["check", file], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(reason);
    expect(hasStack(r.stderr)).toBe(false);
  });

  it("a missing file → exit 2", async () => {
    const r = await run(["check", "absent.xlsx", "--json"], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: "", stderr: "fiche-projet: absent.xlsx : fichier introuvable\n" });
  });
});

describe("errors", () => {
  it("an unexpected error prints one line and exits 2; the stack only with FICHE_PROJET_DEBUG=1", async () => {
    const now = () => {
      throw new Error("horloge en panne");
    };
    const quiet = await run(["check", "exemple.xlsx"], { cwd: dir, now });
    expect(quiet.code).toBe(2);
    expect(quiet.stderr).toBe("fiche-projet: erreur interne: horloge en panne\n");
    const debug = await run(["check", "exemple.xlsx"], { cwd: dir, now, env: { FICHE_PROJET_DEBUG: "1" } });
    expect(hasStack(debug.stderr)).toBe(true);
  });

  it.each([
    ["no file", ["check"]],
    ["two files", ["check", "a.xlsx", "b.xlsx"]],
    ["bad date", ["check", "exemple.xlsx", "--status-date", "15/11/2026"]],
    ["impossible date", ["check", "exemple.xlsx", "--status-date", "2026-02-29"]],
    ["unknown option", ["check", "exemple.xlsx", "--jsonn"]],
    ["option of another command", ["check", "exemple.xlsx", "--capacity", "c.xlsx"]],
    ["bad language", ["check", "exemple.xlsx", "--lang", "de"]],
    ["unknown command", ["verifier"]],
    ["missing value", ["check", "exemple.xlsx", "-o"]],
    ["consolidate without -o", ["consolidate", "."]],
  ])("bad usage (%s) → exit 2 and a hint", async (_name, argv) => {
    const r = await run(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^fiche-projet: .+\nVoir «\u00A0fiche-projet --help\u00A0»\.\n$/);
  });

  it.each([
    [
      "fr",
      ["chek", "a.xlsx"],
      "fiche-projet: commande inconnue\u00A0: chek\u00A0; vouliez-vous dire «\u00A0check\u00A0»\u00A0?\nVoir «\u00A0fiche-projet --help\u00A0».\n",
    ],
    [
      "en",
      ["template", "--exemple", "--lang", "en"],
      'fiche-projet: unknown option: --exemple; did you mean "--example"?\nSee "fiche-projet --help".\n',
    ],
  ])("did you mean, as printed (%s)", async (_lang, argv, stderr) => {
    expect(await run(argv, { cwd: dir })).toEqual({ code: 2, stdout: "", stderr });
  });

  it("usage errors speak English with --lang en", async () => {
    const r = await run(["check", "--lang", "en"], { cwd: dir });
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr: 'fiche-projet: check expects exactly one file\nSee "fiche-projet --help".\n',
    });
  });

  it("--help and --version print on stdout and exit 0", async () => {
    const help = await run(["--help"], { cwd: dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("fiche-projet consolidate");
    const version = await run(["--version"], { cwd: dir });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe("paths", () => {
  it("check accepts a file in a sub-folder and names it as typed", async () => {
    await mkdir(join(dir, "sous dossier"), { recursive: true });
    await writeFile(join(dir, "sous dossier", "vide.xlsx"), "");
    const r = await run(["check", "sous dossier/vide.xlsx"], { cwd: dir });
    expect(r.stderr).toBe("fiche-projet: sous dossier/vide.xlsx : fichier vide\n");
  });
});
