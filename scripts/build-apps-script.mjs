// Builds the two Apps Script projects from the TypeScript sources (clasp no longer compiles TS):
//   dist/apps-script/           the project lead's script (bound to a project spreadsheet)
//   dist/apps-script-direction/ the direction's script (folder consolidation; Drive scopes)
// each with exactly three files: Code.js (one IIFE bundle + real top-level function stubs, since
// Apps Script only sees top-level function declarations), Sidebar.html (the shared panel with the
// project's page script and styles inlined: each role offers its own actions) and appsscript.json.
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { build as esbuild } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const GLOBAL_NAME = "FicheProjet";

export const PROJECTS = [
  {
    entry: "src/apps-script/main.ts",
    sidebar: "src/apps-script/sidebar/main.ts",
    manifest: "appsscript.json",
    outDir: "dist/apps-script",
  },
  {
    entry: "src/apps-script/direction/main.ts",
    // The direction's sidebar offers Consolider only: its own page script.
    sidebar: "src/apps-script/direction/sidebar.ts",
    manifest: "src/apps-script/direction/appsscript.json",
    outDir: "dist/apps-script-direction",
  },
];

/** Code generation from strings has no place in these bundles. */
function assertNoEval(code, what) {
  const m = /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/.exec(code);
  if (m) throw new Error(`${what}: code generation from strings found (${m[0]})`);
}

async function bundle(entry, options) {
  const result = await esbuild({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2020",
    charset: "utf8",
    legalComments: "none",
    logLevel: "warning",
    ...options,
  });
  return result.outputFiles[0].text;
}

/** The exported functions of a bundle, found by running its IIFE in an empty context. */
function exportedFunctions(code) {
  const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(code, context);
  const api = context[GLOBAL_NAME] ?? {};
  return Object.keys(api)
    .filter((name) => typeof api[name] === "function")
    .sort();
}

/** Code.js: the bundle, then one real top-level function per exported function. */
export async function buildCode(entry, { production = false } = {}) {
  const code = await bundle(entry, { globalName: GLOBAL_NAME, platform: "neutral", minify: production });
  assertNoEval(code, entry);
  const stubs = exportedFunctions(code).map(
    (name) => `function ${name}() {\n  return ${GLOBAL_NAME}.${name}.apply(this, arguments);\n}`,
  );
  if (!stubs.some((s) => s.startsWith("function onOpen("))) throw new Error(`${entry}: no onOpen export`);
  return `${code}\n// Top-level functions: what Apps Script lists, runs from menus and triggers, and google.script.run calls.\n${stubs.join("\n")}\n`;
}

const escapeTag = (text, tag) => text.replace(new RegExp(`</(${tag})`, "gi"), "<\\/$1");

/** Sidebar.html: the shared panel and the Sheets host (one project's page script), script and styles inlined. */
export async function buildSidebar(entry = PROJECTS[0].sidebar, { production = false } = {}) {
  const js = await bundle(entry, { platform: "browser", minify: production });
  assertNoEval(js, "sidebar");
  const css = await readFile(join(root, "src/panel/panel.css"), "utf8");
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<base target="_top">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fiche projet</title>
<style>
${escapeTag(css, "style")}
</style>
</head>
<body>
<div id="app"></div>
<script>
${escapeTag(js, "script")}
</script>
</body>
</html>
`;
}

/** Builds both Apps Script projects into dist/ (or under `outRoot`, for tests running in parallel). */
export async function build({ production = false, outRoot = root } = {}) {
  for (const project of PROJECTS) {
    const out = join(outRoot, project.outDir);
    await mkdir(out, { recursive: true });
    const files = {
      "Code.js": await buildCode(project.entry, { production }),
      "Sidebar.html": await buildSidebar(project.sidebar, { production }),
      "appsscript.json": await readFile(join(root, project.manifest), "utf8"),
    };
    // Temp file + rename: a reader (clasp, a test) never sees half a file.
    for (const [name, text] of Object.entries(files)) {
      const tmp = join(out, `.${name}.${process.pid}.tmp`);
      await writeFile(tmp, text);
      await rename(tmp, join(out, name));
    }
    // Exactly these three files: clasp pushes the whole rootDir.
    for (const entry of await readdir(out)) {
      if (!(entry in files) && !entry.endsWith(".tmp")) await rm(join(out, entry), { recursive: true, force: true });
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await build({ production: process.env.NODE_ENV === "production" });
