// Builds every bundle that exists: the CLI (dist/cli.js), the Excel taskpane (dist/excel-addin)
// and the Apps Script projects (dist/apps-script*). Each part has its own script; a part whose
// script is absent is skipped so that `npm ci` always succeeds.
// `node scripts/build.mjs [part] [--production]`: `part` builds only the scripts whose name has it
// (`cli`, `taskpane`, `apps-script`); `--production` (or NODE_ENV=production) drops source maps.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const parts = ["build-cli.mjs", "build-taskpane.mjs", "build-apps-script.mjs"];
const args = process.argv.slice(2);
const only = args.find((a) => !a.startsWith("--"));
const production = args.includes("--production") || process.env.NODE_ENV === "production";

// `npm pack` runs prepack (the production CLI that ships) and then prepare: building again here
// would replace what prepack built with a development build.
const packing = ["pack", "publish"].includes(process.env.npm_command ?? "");
if (process.env.npm_lifecycle_event === "prepare" && packing) process.exit(0);

for (const part of parts) {
  if (only && !part.includes(only)) continue;
  const file = join(here, part);
  if (!existsSync(file)) continue;
  const mod = await import(pathToFileURL(file).href);
  await mod.build({ production });
}
