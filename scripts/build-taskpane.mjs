// Builds the Excel taskpane into dist/excel-addin: taskpane.js (+ lazily loaded chunks, e.g.
// exceljs for Consolider), taskpane.html with its Content-Security-Policy, taskpane.css (the
// shared panel's styles), icons, support page and manifest.xml. Not in production: the
// playground page too (playground.html / playground.js, the taskpane over an in-memory Excel).
// office.js always comes from Microsoft's CDN (the Office Store requires it).
// ADDIN_BASE_URL=https://addin.example.org rewrites https://localhost:3000 in the copied manifest.
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DEV_URL = "https://localhost:3000";

/**
 * Builds the taskpane. Resolves with the output directory.
 * @param {{ production?: boolean, outdir?: string, baseUrl?: string }} [options]
 */
export async function build({
  production = false,
  outdir = join(root, "dist/excel-addin"),
  baseUrl = process.env.ADDIN_BASE_URL,
} = {}) {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(join(outdir, "assets"), { recursive: true });
  const entryPoints = { taskpane: join(root, "src/excel-addin/taskpane.ts") };
  if (!production) entryPoints.playground = join(root, "src/playground/main.ts");
  await esbuild.build({
    entryPoints,
    outdir,
    bundle: true,
    format: "esm",
    splitting: true,
    platform: "browser",
    target: ["es2022", "chrome100", "safari15", "edge100"],
    chunkNames: "chunks/[name]-[hash]",
    minify: production,
    sourcemap: production ? false : "linked",
    legalComments: production ? "external" : "inline",
    define: { "process.env.NODE_ENV": JSON.stringify(production ? "production" : "development") },
    logLevel: "warning",
  });
  const src = join(root, "src/excel-addin");
  await copyFile(join(src, "taskpane.html"), join(outdir, "taskpane.html"));
  await copyFile(join(src, "support.html"), join(outdir, "support.html"));
  await copyFile(join(root, "src/panel/panel.css"), join(outdir, "taskpane.css"));
  if (!production) {
    const playground = join(root, "src/playground");
    await copyFile(join(playground, "playground.html"), join(outdir, "playground.html"));
    await copyFile(join(playground, "playground.css"), join(outdir, "playground.css"));
  }
  for (const file of await readdir(join(root, "assets"))) {
    if (file.endsWith(".png")) await copyFile(join(root, "assets", file), join(outdir, "assets", file));
  }
  let manifest = await readFile(join(root, "manifest.xml"), "utf8");
  if (baseUrl) manifest = manifest.replaceAll(DEV_URL, baseUrl.replace(/\/$/, ""));
  await writeFile(join(outdir, "manifest.xml"), manifest);
  return outdir;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const production = process.argv.includes("--production") || process.env.NODE_ENV === "production";
  const out = await build({ production });
  console.log(`taskpane built (${production ? "production" : "development"}) → ${out}`);
}
