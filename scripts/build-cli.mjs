// Bundles the command line: src/cli/main.ts → dist/cli.js and the worker thread of `consolidate`
// src/cli/worker.ts → dist/consolidate-worker.js (Node 20, ESM; the CLI finds the worker beside
// itself, see src/cli/pool.ts). exceljs stays external: a runtime dependency installed beside the package.
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build as esbuild } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Builds dist/cli.js and dist/consolidate-worker.js (or into `outdir`). */
export async function build({ production = false, outdir = join(root, "dist") } = {}) {
  await mkdir(outdir, { recursive: true });
  await esbuild({
    entryPoints: [
      { in: join(root, "src/cli/main.ts"), out: "cli" },
      { in: join(root, "src/cli/worker.ts"), out: "consolidate-worker" },
    ],
    outdir,
    outExtension: { ".js": ".js" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["exceljs", "exceljs/*"],
    sourcemap: !production,
    minify: false,
    logLevel: "warning",
    legalComments: "none",
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await build();
