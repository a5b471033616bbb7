// Bundles the TypeScript modules that the benchmarks and the long fuzzer need into one ESM file
// under node_modules/.cache (so that `exceljs` resolves), and imports it. No build step to run
// first: `npm run bench` and `npm run fuzz` work on a fresh checkout.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Bundles `exports` (lines such as `export { analyzeWorkbook } from "./src/core/analyze.ts";`,
 * paths relative to the repository root) and returns the imported module.
 */
export async function bundleModules(name, exports) {
  const dir = join(root, "node_modules", ".cache", "fiche-projet");
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, `${name}.entry.ts`);
  writeFileSync(
    entry,
    exports.map((l) => l.replace(/"\.\/(.+?)"/, (_, p) => JSON.stringify(join(root, p)))).join("\n"),
  );
  const outfile = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/** The modules the benchmarks and the fuzzer use. */
export function loadCoreAndNode() {
  return bundleModules("core-node", [
    'export { analyzeWorkbook } from "./src/core/analyze.ts";',
    'export { readWorkbookBuffer } from "./src/node/readWorkbook.ts";',
    'export { UnreadableWorkbookError } from "./src/node/errors.ts";',
    'export { inspectXlsxArchive } from "./src/xlsx/xlsxArchive.ts";',
    'export { readXlsxBytes } from "./src/xlsx/zipArchive.ts";',
    'export { EXAMPLES } from "./src/core/examples/index.ts";',
    'export { exampleGrid } from "./src/core/template/grid.ts";',
  ]);
}
