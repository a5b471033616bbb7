/**
 * Bundles the command line the way scripts/build-cli.mjs builds dist/cli.js (same esbuild
 * options), but into test/.artifacts (git-ignored) under a name of this process, so that
 * test files running in parallel never write the same file. exceljs stays external: it
 * resolves from the repository's node_modules.
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "../..");

/** Builds the CLI bundle; returns its path. */
export async function buildCliBundle(): Promise<string> {
  const dir = join(root, "test/.artifacts");
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `parity-cli-${process.pid}.mjs`);
  await build({
    entryPoints: [join(root, "src/cli/main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["exceljs", "exceljs/*"],
    logLevel: "warning",
    legalComments: "none",
  });
  return outfile;
}
