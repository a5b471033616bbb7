// Bundles the command line: src/cli/main.ts → dist/cli.js (Node 20, ESM). exceljs stays
// external: it is a runtime dependency installed beside the package.
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build as esbuild } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Builds dist/cli.js. */
export async function build({ production = false } = {}) {
  await mkdir(join(root, "dist"), { recursive: true });
  await esbuild({
    entryPoints: [join(root, "src/cli/main.ts")],
    outfile: join(root, "dist/cli.js"),
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
