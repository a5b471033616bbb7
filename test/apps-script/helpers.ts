/**
 * Shared helpers: a fresh build of both Apps Script projects per test file (files run in
 * parallel; each builds with the very `build()` of scripts/build-apps-script.mjs into its own
 * directory), and spreadsheets filled from the core's own template + example projects.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "../../scripts/build-apps-script.mjs";

export interface Built {
  readonly dir: string;
  readonly code: string;
  readonly directionCode: string;
  /** Where each project's Sidebar.html is. */
  readonly htmlDir: string;
  readonly directionHtmlDir: string;
}

/** Builds both projects into a temporary directory. */
export async function buildApps(): Promise<Built> {
  const dir = mkdtempSync(join(tmpdir(), "fiche-projet-gas-"));
  await build({ outRoot: dir });
  return {
    dir,
    code: join(dir, "dist/apps-script/Code.js"),
    directionCode: join(dir, "dist/apps-script-direction/Code.js"),
    htmlDir: join(dir, "dist/apps-script"),
    directionHtmlDir: join(dir, "dist/apps-script-direction"),
  };
}

export { asInputCell, fill, gridOf, plain, withProjectValue } from "./sheets.js";
