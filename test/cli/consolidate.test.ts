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

const STATUS_DATE = "2026-11-15";
const MEASURES = ["initial", "open", "committed", "paid", "forecast"] as const;
const FLOWS = ["expenses", "revenues", "netCost"] as const;
type Measures = Record<(typeof MEASURES)[number], number>;
type Flows = Record<(typeof FLOWS)[number], Measures>;

/** What the test reads of `check --json` (SPEC §4). */
interface CheckJson {
  readonly project: { readonly code: string; readonly statusDate: string };
  readonly issues: readonly { severity: string; code: string; sheet: string; cell: string; message: string }[];
  readonly budget: Flows & {
    readonly executionRate: number | null;
    readonly forecastVariance: number;
    readonly byYearSection: readonly ({ year: number; section: string; type: string } & Measures)[];
  };
  readonly schedule: { baselineFinish: string; forecastFinish: string; slipWorkingDays: number };
  readonly evm: { cpi: number | null; spi: number | null };
  readonly staffing: {
    readonly digitalServiceInvolved: boolean;
    readonly load: readonly { service: string; month: string; planned: number }[];
  };
  readonly health: Record<string, string>;
}

/** The project's own figures, as `check --json` gives them. */
async function checkJson(file: string): Promise<CheckJson> {
  const r = await run(["check", file, "--json", "--status-date", STATUS_DATE], { cwd: dir });
  expect(r.code).toBeLessThan(2);
  return JSON.parse(r.stdout) as CheckJson;
}

/** Why `check` cannot read a file: its one-line error, without the file name. */
async function checkRefusal(file: string): Promise<string> {
  const r = await run(["check", file], { cwd: dir });
  expect(r.code).toBe(2);
  const prefix = `fiche-projet: ${file} : `;
  expect(r.stderr.startsWith(prefix)).toBe(true);
  return r.stderr.slice(prefix.length).trimEnd();
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
/** A total against the sum of the projects' figures: each is rounded to the cent, so a cent apart at most per project. */
const expectCents = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.02);

type Row = readonly unknown[];
/** A tab's rows as SheetJS reads them (row 0 = sheet row 1). */
function tabRows(wb: XLSX.WorkBook, name: string): Row[] {
  const ws = wb.Sheets[name];
  if (!ws) throw new Error(`no tab ${name}`);
  return XLSX.utils.sheet_to_json<Row>(ws, { header: 1, defval: null });
}
/**
 * The cell under the header `label`: in the row right after that header row, or, with `key`, in
 * the row below it whose `key.label` cell holds `key.value`.
 */
function under(rows: Row[], label: string, key?: { label: string; value: string }): unknown {
  const h = rows.findIndex((r) => r.includes(label) && (!key || r.includes(key.label)));
  expect(h).toBeGreaterThanOrEqual(0);
  const header = rows[h]!;
  const row = key ? rows.slice(h + 1).find((r) => r[header.indexOf(key.label)] === key.value) : rows[h + 1];
  return row?.[header.indexOf(label)];
}
/** The row whose first cell is `first`. */
const rowStarting = (rows: Row[], first: string) => rows.find((r) => r[0] === first);

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
  let checks: Map<string, CheckJson>;
  let doc: {
    statusDate: string;
    projects: ({
      file: string;
      code: string;
      errors: number;
      warnings: number;
      health: Record<string, string>;
    } & Flows &
      Record<string, unknown>)[];
    totals: { overall: Flows; byYearSection: ({ year: number; section: string; type: string } & Measures)[] };
    staffing: { service: string; month: string; planned: number; capacity: number | null }[];
    kpis: Record<string, unknown>;
    issues: { file: string; code: string; cell: string; message: string }[];
    failures: { file: string; message: string }[];
  };
  let code: number;
  let stderr: string;
  let workbook: XLSX.WorkBook;

  beforeAll(async () => {
    checks = new Map([
      ["projets/mediatheque.xlsx", await checkJson("projets/mediatheque.xlsx")],
      ["projets/2026/portail.xlsx", await checkJson("projets/2026/portail.xlsx")],
    ]);
    const args = ["consolidate", "projets", "--json", "-o", "portefeuille.xlsx", "--capacity", "capacite.xlsx"];
    const r = await run([...args, "--status-date", STATUS_DATE], { cwd: dir });
    ({ code, stderr } = r);
    doc = JSON.parse(r.stdout);
    workbook = XLSX.read(await readFile(join(dir, "portefeuille.xlsx")), { type: "buffer" });
  });

  it("exits 1 (workbooks not consolidated), with no stack trace", () => {
    expect(code).toBe(1);
    expect(hasStack(stderr)).toBe(false);
    expect(doc.statusDate).toBe(STATUS_DATE);
  });

  it("has one project per readable workbook, in file order, and skips lock, hidden and non-.xlsx files", () => {
    expect(doc.projects.map((p) => [p.file, p.code])).toEqual([
      ["projets/2026/portail.xlsx", "NUM-2026-02"],
      ["projets/mediatheque.xlsx", "MED-2025-01"],
    ]);
  });

  it.each(["projets/mediatheque.xlsx", "projets/2026/portail.xlsx"])(
    "%s: its row carries the figures check --json gives for it",
    (file) => {
      const c = checks.get(file)!;
      const row = doc.projects.find((p) => p.file === file)!;
      expect(row.code).toBe(c.project.code);
      for (const flow of FLOWS) expect(row[flow]).toEqual(c.budget[flow]);
      expect(row.executionRate).toBe(c.budget.executionRate);
      expect(row.forecastVariance).toBe(c.budget.forecastVariance);
      expect([row.baselineFinish, row.forecastFinish, row.slipWorkingDays]).toEqual([
        c.schedule.baselineFinish,
        c.schedule.forecastFinish,
        c.schedule.slipWorkingDays,
      ]);
      expect([row.cpi, row.spi]).toEqual([c.evm.cpi, c.evm.spi]);
      expect(row.digitalServiceInvolved).toBe(c.staffing.digitalServiceInvolved);
      expect(row.errors).toBe(c.issues.filter((i) => i.severity === "error").length);
      expect(row.warnings).toBe(c.issues.filter((i) => i.severity === "warning").length);
      expect(row.health).toEqual(c.health);
      expect(doc.issues.filter((i) => i.file === file).map(({ file: _, ...i }) => i)).toEqual(c.issues);
    },
  );

  it.each(FLOWS.flatMap((flow) => MEASURES.map((m) => [flow, m] as const)))(
    "total %s.%s is the sum of the projects' own figures",
    (flow, m) => {
      expectCents(doc.totals.overall[flow][m], sum([...checks.values()].map((c) => c.budget[flow][m])));
    },
  );

  it("totals by year and section are the projects' own, summed per year × section × type", () => {
    const expected = new Map<string, number>();
    for (const c of checks.values())
      for (const t of c.budget.byYearSection) {
        const key = `${t.year} ${t.section} ${t.type}`;
        expected.set(key, (expected.get(key) ?? 0) + t.forecast);
      }
    const got = new Map(doc.totals.byYearSection.map((t) => [`${t.year} ${t.section} ${t.type}`, t.forecast]));
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, forecast] of expected) expectCents(got.get(key)!, forecast);
  });

  it("each service's planned days per month are the projects' own, summed", () => {
    const expected = new Map<string, number>();
    for (const c of checks.values())
      for (const l of c.staffing.load) {
        const key = `${l.service} ${l.month}`;
        expected.set(key, (expected.get(key) ?? 0) + l.planned);
      }
    const planned = doc.staffing.filter((s) => s.planned > 0);
    expect(planned.length).toBeGreaterThan(0);
    for (const s of planned) expect(s.planned).toBeCloseTo(expected.get(`${s.service} ${s.month}`) ?? Number.NaN, 2);
  });

  it("counts projects, errors, warnings and failures", () => {
    const all = [...checks.values()].flatMap((c) => c.issues);
    expect(doc.kpis).toMatchObject({
      projects: 2,
      errors: all.filter((i) => i.severity === "error").length,
      warnings: all.filter((i) => i.severity === "warning").length,
      failures: 3,
    });
  });

  it("lists the unreadable workbooks with the reason check gives for each", async () => {
    const failed = ["projets/notes.xlsx", "projets/tronque.xlsx", "projets/vide.xlsx"];
    expect(doc.failures.map((f) => f.file)).toEqual(failed);
    for (const f of doc.failures) expect(f.message).toBe(await checkRefusal(f.file));
    expect(doc.failures.map((f) => f.message)).toEqual([
      expect.stringContaining("workbook.xml"),
      expect.stringMatching(/tronqué|endommagé/),
      "fichier vide",
    ]);
  });

  it("writes the portfolio tabs, the dashboard first, each marked as generated", () => {
    expect(workbook.SheetNames).toEqual([
      "Tableau de bord",
      "Portefeuille",
      "PPI",
      "Financements",
      "Budget consolidé",
      "Charge services",
      "Contrôles",
    ]);
    for (const name of workbook.SheetNames)
      expect(String(tabRows(workbook, name)[0]?.[0])).toMatch(/^Généré par fiche-projet/);
  });

  it("Portefeuille: the KPIs and each project's row hold the JSON figures", () => {
    const rows = tabRows(workbook, "Portefeuille");
    expect(under(rows, "Projets")).toBe(2);
    expect(under(rows, "Classeurs non consolidés")).toBe(3);
    expect(under(rows, "Dépenses — Prévision finale")).toBe(doc.totals.overall.expenses.forecast);
    for (const p of doc.projects) {
      const key = { label: "Code projet", value: p.code };
      expect(under(rows, "Fichier", key)).toBe(p.file);
      expect(under(rows, "Dépenses — Engagé", key)).toBe(p.expenses.committed);
      expect(under(rows, "Reste à charge — Prévision finale", key)).toBe(p.netCost.forecast);
      expect(under(rows, "Alertes", key)).toBe(p.warnings);
    }
  });

  it("Budget consolidé: the Dépenses and Recettes totals are the JSON totals", () => {
    const rows = tabRows(workbook, "Budget consolidé");
    for (const [label, flow] of [
      ["Dépenses", "expenses"],
      ["Recettes", "revenues"],
    ] as const) {
      expect(rowStarting(rows, label)?.slice(1, 6)).toEqual(MEASURES.map((m) => doc.totals.overall[flow][m]));
    }
  });

  it("Contrôles: each issue with its file and cell, then the workbooks not consolidated with their reason", () => {
    const rows = tabRows(workbook, "Contrôles");
    for (const i of doc.issues) {
      expect(rows).toContainEqual(expect.arrayContaining([i.file, i.code, i.message]));
    }
    const heading = rows.findIndex((r) => r[0] === "Classeurs non consolidés");
    const listed = rows.slice(heading + 2, heading + 2 + doc.failures.length).map((r) => r.slice(0, 2));
    expect(listed).toEqual(doc.failures.map((f) => [f.file, f.message]));
  });

  it("prints a French summary naming the projects and the failures (without --json)", async () => {
    const r = await run(["consolidate", "projets", "-o", "resume.xlsx", "--status-date", STATUS_DATE], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("MED-2025-01");
    expect(r.stdout).toContain("NUM-2026-02");
    for (const f of doc.failures) expect(r.stdout).toContain(`${f.file} : ${f.message}`);
    expect(r.stdout).not.toMatch(/~\$|brouillon|cache|lisez-moi/);
    expect(r.stdout).toMatch(/2 projets, .*3 classeurs non consolidés/);
  });

  it("leaves the inputs unchanged", async () => {
    const before = await sha256(join(projects(), "mediatheque.xlsx"));
    await run(["consolidate", "projets", "--json", "-o", "p.xlsx"], { cwd: dir });
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
