/**
 * Dates in the spreadsheet's zone, in a process whose own zone differs: a child Node process
 * with TZ=Europe/Paris runs Code.js over a Pacific/Kiritimati spreadsheet (UTC+14, where
 * midnight is still the previous day in Paris), reading and writing dates.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { build as esbuild } from "esbuild";
import { beforeAll, expect, it } from "vitest";
import { analyzeWorkbook } from "../../src/core/analyze.js";
import { MEDIATHEQUE } from "../../src/core/examples/index.js";
import { toCheckDocument } from "../../src/core/output/checkDocument.js";
import { buildTemplateSheets } from "../../src/core/template/sheets.js";
import { type Built, buildApps, gridOf, plain } from "./helpers.js";

let built: Built;
let child: string;
beforeAll(async () => {
  built = await buildApps();
  child = join(built.dir, "tz-child.mjs");
  await esbuild({
    entryPoints: [join(import.meta.dirname, "tz-child.ts")],
    outfile: child,
    bundle: true,
    platform: "node",
    format: "esm",
    logLevel: "warning",
  });
});

it("a Kiritimati spreadsheet read and written by a script running in Europe/Paris keeps its dates", () => {
  const out = execFileSync(process.execPath, [child, built.code], {
    env: { ...process.env, TZ: "Europe/Paris" },
    encoding: "utf8",
  });
  const result = JSON.parse(out) as { tz: string; offsetMinutes: number; check: unknown; roundTrip: unknown };
  expect(result.tz).toBe("Europe/Paris");
  expect(result.offsetMinutes).toBe(-60);
  const core = plain(
    toCheckDocument(
      analyzeWorkbook(gridOf(buildTemplateSheets({ lang: "fr", example: MEDIATHEQUE })), { statusDate: "2000-01-01" }),
    ),
  );
  expect(result.check).toEqual(core);
  expect(result.roundTrip).toEqual(core);
});
