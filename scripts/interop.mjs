// Interop check run by CI after installing LibreOffice: the workbooks we write open in a second
// client with the same figures.
//  1. writes a template with its example, a check report and the demo portfolio with our CLI;
//  2. LibreOffice converts each to PDF (it opens them) and re-saves each as .xlsx (it parses and
//     recalculates them);
//  3. SheetJS reads our file and LibreOffice's copy: every cell value must be the same, the
//     drop-down lists must survive, and the portfolio's JSON figures must be in the workbook;
//  4. the portfolio's PDF (SPEC §6): the dashboard prints one page wide (each of its pages holds
//     the table's first and last columns), and the charts are drawn — their titles are in the
//     page's text and their bars' colours in the page's pixels.
// Prints "N passed, M failed" and exits non-zero on any failure.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import XLSX from "xlsx";
import { HEALTH_COLORS_RGB, pagesOf, pixelsNear, renderPpm } from "./interopPdf.mjs";

const cli = join(import.meta.dirname, "..", "bin", "fiche-projet.js");
const work = mkdtempSync(join(tmpdir(), "fiche-interop-"));
const lo = join(work, "lo");
mkdirSync(lo);
let passed = 0;
let failed = 0;
const check = (ok, what) => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
};
const run = (args) =>
  execFileSync(process.execPath, [cli, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

const template = join(work, "fiche-exemple.xlsx");
const report = join(work, "rapport.xlsx");
const portfolio = join(work, "portefeuille.xlsx");
run(["template", "--example", "-o", template]);
try {
  run(["check", template, "-o", report]);
} catch (e) {
  // exit 1 would mean errors in the example: the report is written all the same
  if (e.status !== 0 && e.status !== 1) throw e;
}
const portfolioJson = JSON.parse(
  (() => {
    try {
      return run([
        "consolidate",
        join("examples", "projets"),
        "--capacity",
        join("examples", "capacite.xlsx"),
        "-o",
        portfolio,
        "--json",
      ]);
    } catch (e) {
      if (e.status === 1) return e.stdout;
      throw e;
    }
  })(),
);

const soffice = (args) =>
  execFileSync("soffice", ["--headless", "--norestore", ...args], { stdio: "pipe", timeout: 180_000 });

const values = (file) => {
  const wb = XLSX.readFile(file, { cellDates: false });
  const out = {};
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    out[name] = XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: null });
  }
  return out;
};
const same = (a, b) => {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a));
  if ((a === null || a === "") && (b === null || b === "")) return true;
  return a === b;
};

for (const file of [template, report, portfolio]) {
  const name = basename(file);
  soffice(["--convert-to", "pdf", "--outdir", lo, file]);
  const pdf = join(lo, name.replace(/\.xlsx$/, ".pdf"));
  check(existsSync(pdf) && statSync(pdf).size > 1000, `${name}: LibreOffice renders it to PDF`);
  if (existsSync(pdf)) {
    // A number wider than its column prints as ### (a money column too narrow for its total).
    const cut = pagesOf(pdf).filter((page) => page.text.includes("###"));
    check(
      cut.length === 0,
      `${name}: no number shown as ###${cut.length ? ` (pages ${cut.map((p) => p.number).join(", ")})` : ""}`,
    );
  }

  soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", lo, file]);
  const copy = join(lo, name);
  check(existsSync(copy), `${name}: LibreOffice re-saves it as .xlsx`);
  if (!existsSync(copy)) continue;
  const ours = values(file);
  const theirs = values(copy);
  for (const [sheet, rows] of Object.entries(ours)) {
    const other = theirs[sheet];
    if (!other) {
      check(false, `${name}: tab ${sheet} present in LibreOffice's copy`);
      continue;
    }
    let diff = null;
    for (let r = 0; r < rows.length && !diff; r++) {
      const row = rows[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const mine = row[c];
        const their = other[r]?.[c] ?? null;
        if (!same(mine, their)) {
          diff = `${XLSX.utils.encode_cell({ r, c })}: ${JSON.stringify(mine)} vs ${JSON.stringify(their)}`;
          break;
        }
      }
    }
    check(diff === null, `${name}: tab ${sheet} has the same values in LibreOffice${diff ? ` (${diff})` : ""}`);
  }
}

// The drop-down lists of the template survive LibreOffice's round trip.
{
  const copy = join(lo, basename(template));
  const zip = XLSX.read(readFileSync(copy), { type: "buffer", bookFiles: true });
  const sheetsXml = Object.keys(zip.files ?? {})
    .filter((f) => /xl\/worksheets\/sheet\d+\.xml$/.test(f))
    .map((f) => zip.files[f].content?.toString?.() ?? "");
  check(
    sheetsXml.some((x) => x.includes("dataValidation")),
    "template: drop-down lists survive in LibreOffice's copy",
  );
}

// The portfolio's figures (from --json) are the ones SheetJS reads in the workbook.
{
  const cells = new Set();
  for (const rows of Object.values(values(portfolio)))
    for (const row of rows) for (const v of row) if (typeof v === "number") cells.add(Math.round(v * 100) / 100);
  const missing = portfolioJson.projects.filter((p) => !cells.has(Math.round(p.expenses.forecast * 100) / 100));
  check(
    portfolioJson.projects.length > 0 && missing.length === 0,
    `portfolio: every project's forecast expenses from --json are in the workbook (${portfolioJson.projects.length} projects)`,
  );
}

// The portfolio as LibreOffice prints it (SPEC §6): the dashboard one page wide, the charts drawn
// whole (a chart split by a page break has its title on one page and its legend on the next).
{
  const pdf = join(lo, basename(portfolio).replace(/\.xlsx$/, ".pdf"));
  const pages = pagesOf(pdf);
  const dashboard = pages.filter((p) => p.footer.startsWith("Tableau de bord"));
  check(pages[0]?.footer.startsWith("Tableau de bord") === true, "dashboard: the first printed page");
  // One page wide: every dashboard page holds the table's first and last headers (a column past
  // the page's width would print on a page of its own, without the first column's header).
  const header = (values(portfolio)["Tableau de bord"] ?? []).find((row) => row[0] === "Code projet") ?? [];
  const firstHeader = String(header[0] ?? "");
  const lastHeader = String(header.filter((v) => v !== null && v !== "").at(-1) ?? "");
  const holds = (page, label) => {
    const words = new Set(page.text.split(/\s+/));
    return label !== "" && label.split(/\s+/).every((w) => words.has(w));
  };
  check(
    dashboard.length > 0 && dashboard.every((p) => holds(p, firstHeader) && holds(p, lastHeader)),
    `dashboard: one page wide (each of its ${dashboard.length} page(s) holds « ${firstHeader} » and « ${lastHeader} »)`,
  );
  const first = dashboard[0]?.text ?? "";
  check(
    first.includes("Projets par santé") && /vert\s+orange\s+rouge\s+à vérifier/.test(first),
    "dashboard: the health chart whole on its first page (title and categories)",
  );
  check(
    first.includes("Investissement par exercice (prévision finale)") && /2025\s+2026\s+2027\s+2028/.test(first),
    "dashboard: the investment chart whole on its first page (title and years)",
  );
  // The health chart's bars (green, amber, red) are drawn: their colours are on the page.
  const image = renderPpm(pdf, dashboard[0]?.number ?? 1, work);
  const missing = Object.entries(HEALTH_COLORS_RGB).filter(([, rgb]) => pixelsNear(image, rgb) < 20);
  check(
    missing.length === 0,
    `dashboard: the health chart's bars are drawn${missing.length > 0 ? ` (no ${missing.map(([n]) => n).join(", ")} pixels)` : ""}`,
  );
  // Charge services: the overloaded service's combo chart, its title and legend on one page.
  const combo = pages.find(
    (p) => p.footer.startsWith("Charge services") && p.text.includes("Usages numériques : jours prévus / capacité"),
  );
  check(
    combo !== undefined && /Jours prévus\s+Capacité \(jours\)/.test(combo.text),
    "Charge services: the overloaded service's planned days / capacity chart is drawn whole on one page",
  );
}

console.log(`interop: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
