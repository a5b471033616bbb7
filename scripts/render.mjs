// Renders a workbook as LibreOffice prints it: .xlsx → PDF → one PNG per page.
//
//   node scripts/render.mjs FILE.xlsx [OUT_DIR] [--dpi 60] [--lang fr|en] [--pages N]
//
// OUT_DIR (default: beside FILE, `<name>-pages/`) receives `<name>.pdf` and `<name>-N.png`
// (page N, from 1; `--pages N`: the first N pages only, for a long workbook). LibreOffice runs headless with its own throw-away profile (so it never
// collides with another soffice on the machine) in a French locale by default — `fr_FR.UTF-8`,
// the number and date formats a French finance officer sees; `--lang en` uses `en_GB.UTF-8`. The
// locale must exist (`locale -a`); on Debian: `apt-get install locales` then
// `localedef -i fr_FR -f UTF-8 fr_FR.UTF-8`. Needs `soffice` and `pdftoppm` (poppler-utils).
// Prints the pages written, one per line; exits 2 on bad usage, 1 when a tool fails.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const LOCALES = { fr: { lc: "fr_FR.UTF-8", lo: "fr-FR" }, en: { lc: "en_GB.UTF-8", lo: "en-GB" } };

function usage(message) {
  process.stderr.write(
    `${message}\nusage: node scripts/render.mjs FILE.xlsx [OUT_DIR] [--dpi 60] [--lang fr|en] [--pages N]\n`,
  );
  process.exit(2);
}

function parseArgs(argv) {
  const positional = [];
  const options = { dpi: 60, lang: "fr", pages: 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--dpi") options.dpi = Number(argv[++i]);
    else if (a === "--lang") options.lang = argv[++i];
    else if (a === "--pages") options.pages = Number(argv[++i]);
    else if (a.startsWith("--")) usage(`unknown option ${a}`);
    else positional.push(a);
  }
  if (positional.length < 1 || positional.length > 2) usage("one input file and at most one output folder");
  if (!Number.isInteger(options.dpi) || options.dpi < 10 || options.dpi > 600)
    usage("--dpi: an integer from 10 to 600");
  if (!(options.lang in LOCALES)) usage("--lang: fr or en");
  if (!Number.isInteger(options.pages) || options.pages < 0) usage("--pages: a number of pages");
  const input = resolve(positional[0]);
  if (!existsSync(input)) usage(`${positional[0]}: no such file`);
  const name = basename(input).replace(/\.xlsx$/i, "");
  const out = resolve(positional[1] ?? join(dirname(input), `${name}-pages`));
  return { input, name, out, ...options };
}

/**
 * Converts `input` to PDF then PNG pages under `out`; returns the PNG paths in page order.
 * @example renderPages({ input: "out/portefeuille.xlsx", name: "portefeuille", out: "/tmp/p", dpi: 60, lang: "fr" })
 */
export function renderPages({ input, name, out, dpi, lang, pages = 0 }) {
  const { lc, lo } = LOCALES[lang];
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out)) if (f.startsWith(`${name}-`) && f.endsWith(".png")) rmSync(join(out, f));
  const profile = mkdtempSync(join(tmpdir(), "fiche-render-lo-"));
  try {
    const env = { ...process.env, LC_ALL: lc, LANG: lc, LANGUAGE: lang };
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        `--language=${lo}`,
        "--convert-to",
        "pdf",
        "--outdir",
        out,
        input,
      ],
      { env, stdio: "pipe", timeout: 300_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(out, `${name}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${input}`);
  const range = pages > 0 ? ["-l", String(pages)] : [];
  execFileSync("pdftoppm", ["-png", "-r", String(dpi), ...range, pdf, join(out, name)], { stdio: "pipe" });
  // pdftoppm pads page numbers to the page count's width (page-01.png): sort numerically.
  const pageOf = (f) => Number(/-(\d+)\.png$/.exec(f)?.[1] ?? 0);
  return readdirSync(out)
    .filter((f) => f.startsWith(`${name}-`) && /-\d+\.png$/.test(f))
    .sort((a, b) => pageOf(a) - pageOf(b))
    .map((f) => join(out, f));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  try {
    for (const page of renderPages(parseArgs(process.argv.slice(2)))) console.log(page);
  } catch (e) {
    process.stderr.write(`render: ${e.message}\n${e.stderr?.toString?.() ?? ""}`);
    process.exit(1);
  }
}
