// Bundles the command line: src/cli/main.ts → dist/cli.js and the worker thread of `consolidate`
// src/cli/worker.ts → dist/consolidate-worker.js (Node 20, ESM; the CLI finds the worker beside
// itself, see src/cli/pool.ts), their shared code in dist/chunk-*.js (exceljs in one of its own,
// imported only when a workbook is written with it: see src/node/writeWorkbook.ts), and
// dist/THIRD-PARTY-NOTICES.txt with the licence of every package bundled. exceljs is bundled, not
// a runtime dependency: the package installs with nothing to fetch (see docs/decisions.md).
// `node scripts/build-cli.mjs [--production]`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build as esbuild } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** What a previous build of the CLI left in `outdir` (the other bundles of dist/ are not touched). */
const OUTPUTS = /^(cli|consolidate-worker|chunk-[A-Z0-9]+)\.js(\.map)?$|^THIRD-PARTY-NOTICES\.txt$/;

/**
 * exceljs requires unzipper for its streaming *reader* only, which fiche-projet never uses (it
 * reads with its own reader, or exceljs's buffer reader): not bundling it leaves out a dozen
 * packages, one of which (buffers) declares no licence. Called anyway, it says so.
 */
const unusedUnzipper = {
  name: "unused-unzipper",
  setup(build) {
    build.onResolve({ filter: /^unzipper$/ }, () => ({ path: "unzipper", namespace: "unused" }));
    build.onLoad({ filter: /.*/, namespace: "unused" }, () => ({
      contents: `module.exports = new Proxy({}, { get() { throw new Error("unzipper is not bundled in fiche-projet"); } });`,
      loader: "js",
    }));
  },
};

/**
 * archiver-utils (inside exceljs's writer) calls the deprecated `new Buffer(…)`. Node warns about
 * that only for code outside node_modules — which bundled code is — so the CLI would print a
 * DEP0005 warning at every write. The calls are replaced by their modern equivalents: a number
 * allocates zeroed bytes (`Buffer.alloc`), anything else is copied (`Buffer.from`).
 */
const modernBuffer = {
  name: "modern-buffer",
  setup(build) {
    build.onLoad({ filter: /node_modules[\\/]archiver-utils[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const helper =
        "function __fpBuffer(a, b) { return typeof a === 'number' ? Buffer.alloc(a) : Buffer.from(a, b); }\n";
      return { contents: helper + source.replace(/new Buffer\(/g, "__fpBuffer("), loader: "js" };
    });
  },
};

/** The folder of the npm package a bundled input (a path relative to the root) belongs to, or null for our own sources. */
function packageDirOf(input) {
  const at = input.lastIndexOf("node_modules/");
  if (at < 0) return null;
  const rest = input.slice(at + "node_modules/".length).split("/");
  const name = rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  return join(root, input.slice(0, at), "node_modules", name ?? "");
}

/** The licence text files of a package (LICENSE, LICENCE, COPYING, NOTICE, any case or extension). */
function licenceFiles(dir) {
  return readdirSync(dir)
    .filter((f) => /^(licen[cs]e|copying|notice)([.-].*)?$/i.test(f))
    .sort();
}

/** THIRD-PARTY-NOTICES.txt: every package in the bundles, its licence and its licence texts. */
function notices(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const dir = packageDirOf(input);
    if (dir && existsSync(join(dir, "package.json"))) dirs.add(dir);
  }
  const entries = [...dirs].map((dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const licence =
      typeof pkg.license === "string" ? pkg.license : (pkg.licenses ?? []).map((l) => l.type).join(" OR ");
    const author = typeof pkg.author === "string" ? pkg.author : (pkg.author?.name ?? "");
    const texts = licenceFiles(dir).map((f) => readFileSync(join(dir, f), "utf8").trim());
    const head = `${pkg.name} ${pkg.version} — ${licence || "licence not stated"}${author ? ` — ${author}` : ""}`;
    const body =
      texts.length > 0 ? texts.join("\n\n") : `(the package ships no licence file; its package.json says ${licence})`;
    return { key: `${pkg.name}@${pkg.version}`, text: `${head}\n${relative(root, dir)}\n\n${body}` };
  });
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const unique = entries.filter((e, i) => i === 0 || entries[i - 1]?.key !== e.key);
  return `fiche-projet bundles the following packages into dist/ (cli.js, consolidate-worker.js, chunk-*.js).
Their licences and notices follow, one package per section.

${unique.map((e) => `${"=".repeat(100)}\n${e.text}\n`).join("\n")}`;
}

/** Builds dist/cli.js, dist/consolidate-worker.js, their chunks and notices (or into `outdir`). */
export async function build({ production = false, outdir = join(root, "dist") } = {}) {
  await mkdir(outdir, { recursive: true });
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: [
      { in: join(root, "src/cli/main.ts"), out: "cli" },
      { in: join(root, "src/cli/worker.ts"), out: "consolidate-worker" },
    ],
    outdir,
    outExtension: { ".js": ".js" },
    bundle: true,
    splitting: true,
    // Beside the entries: pool.ts finds the worker relative to the module it runs in.
    chunkNames: "chunk-[hash]",
    platform: "node",
    format: "esm",
    target: "node20",
    // exceljs's CommonJS dependencies require Node's modules: give the ES module bundles a require().
    banner: {
      js: 'import { createRequire as __fpCreateRequire } from "node:module";\nconst require = __fpCreateRequire(import.meta.url);',
    },
    plugins: [unusedUnzipper, modernBuffer],
    metafile: true,
    sourcemap: !production,
    minify: false,
    logLevel: "warning",
    legalComments: "none",
  });
  await writeFile(join(outdir, "THIRD-PARTY-NOTICES.txt"), notices(result.metafile));
  // Chunks and maps of an earlier build are removed after this one is written (never before: a
  // command may be running from dist/ meanwhile), so that the package ships only today's.
  const written = new Set(Object.keys(result.metafile.outputs).map((o) => join(root, o)));
  for (const f of readdirSync(outdir)) {
    if (OUTPUTS.test(f) && f !== "THIRD-PARTY-NOTICES.txt" && !written.has(join(outdir, f))) await rm(join(outdir, f));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await build({ production: process.argv.includes("--production") });
}
