// Builds every bundle that exists: the CLI (dist/cli.js), the Excel taskpane (dist/excel-addin)
// and the Apps Script projects (dist/apps-script*). Each part has its own script; a part whose
// script is absent is skipped so that `npm ci` always succeeds.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const parts = ["build-cli.mjs", "build-taskpane.mjs", "build-apps-script.mjs"];
const only = process.argv[2];
for (const part of parts) {
  if (only && !part.includes(only)) continue;
  const file = join(here, part);
  if (!existsSync(file)) continue;
  const mod = await import(pathToFileURL(file).href);
  await mod.build({ production: process.env.NODE_ENV === "production" });
}
