/**
 * The layers are enforced by the tools, and this proves each rule fires: probe files that break a
 * rule are written in a scratch project (never in src/) and the real tools are run on them —
 * Biome with this repository's biome.json (its `overrides`), tsc with tsconfig.core.json and
 * tsconfig.xlsx.json. Each offending probe must be refused, each clean probe accepted.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name: string) => join(root, "node_modules/.bin", name);

/** The folders with their own tsconfig (what globals they see). */
type Layer = "core" | "xlsx";
/** The folders Biome's overrides restrict (what they may import). */
type Folder = Layer | "excel-addin" | "playground";
/** [edge, folder, path inside the folder, code, refused] */
type Probe<F extends Folder> = readonly [string, F, string, string, boolean];
type ProbeArgs<F extends Folder> = [string, F, string, string, boolean];

/** Imports, checked by Biome's noRestrictedImports (paths matter: the overrides select by folder). */
const IMPORTS: readonly Probe<Folder>[] = [
  [
    "core refuses a node: module",
    "core",
    "a.ts",
    'import { readFileSync } from "node:fs";\nexport const x = readFileSync;',
    true,
  ],
  ["core refuses a bare Node module", "core", "b.ts", 'import { join } from "path";\nexport const x = join;', true],
  ["core refuses exceljs", "core", "c.ts", 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;', true],
  [
    "core refuses a file inside exceljs",
    "core",
    "d.ts",
    'import X from "exceljs/lib/x.js";\nexport const x = X;',
    true,
  ],
  [
    "core refuses src/node one level up",
    "core",
    "e.ts",
    'import { a } from "../node/readWorkbook.js";\nexport const x = a;',
    true,
  ],
  [
    "core refuses src/node three levels up",
    "core",
    "f/g/h.ts",
    'import { a } from "../../../node/x.js";\nexport const x = a;',
    true,
  ],
  ["core refuses src/cli", "core", "i.ts", 'import { a } from "../cli/runCli.js";\nexport const x = a;', true],
  ["core refuses src/excel-addin, re-exported", "core", "j.ts", 'export { a } from "../excel-addin/cells.js";', true],
  [
    "core refuses src/apps-script, type only",
    "core",
    "k/l.ts",
    'import type { A } from "../../apps-script/x.js";\nexport type X = A;',
    true,
  ],
  ["core refuses src/panel, dynamic", "core", "m.ts", 'export const x = () => import("../panel/panel.js");', true],
  [
    "core refuses src/xlsx",
    "core",
    "n.ts",
    'import { toCell } from "../xlsx/cellValue.js";\nexport const x = toCell;',
    true,
  ],
  [
    "core refuses src/playground",
    "core",
    "o.ts",
    'import { a } from "../playground/fake/index.js";\nexport const x = a;',
    true,
  ],
  [
    "core accepts another core folder",
    "core",
    "p/q.ts",
    'import { a1 } from "../cells/a1.js";\nexport const x = a1;',
    false,
  ],
  [
    "core accepts a module named document",
    "core",
    "r.ts",
    'import { x } from "./document.js";\nexport const y = x;',
    false,
  ],
  [
    "xlsx refuses a node: module",
    "xlsx",
    "a.ts",
    'import { inflateRawSync } from "node:zlib";\nexport const x = inflateRawSync;',
    true,
  ],
  [
    "xlsx refuses src/node",
    "xlsx",
    "b.ts",
    'import { guardXlsx } from "../node/zipGuard.js";\nexport const x = guardXlsx;',
    true,
  ],
  [
    "xlsx refuses src/excel-addin",
    "xlsx",
    "c.ts",
    'import { a } from "../excel-addin/cells.js";\nexport const x = a;',
    true,
  ],
  [
    "xlsx accepts src/core",
    "xlsx",
    "d.ts",
    'import { isoToSerial } from "../core/dates.js";\nexport const x = isoToSerial;',
    false,
  ],
  ["xlsx accepts exceljs", "xlsx", "e.ts", 'import ExcelJS from "exceljs";\nexport const x = ExcelJS;', false],
  [
    "excel-addin refuses src/node",
    "excel-addin",
    "a.ts",
    'import { a } from "../node/readWorkbook.js";\nexport const x = a;',
    true,
  ],
  [
    "excel-addin refuses a node: module",
    "excel-addin",
    "b.ts",
    'import { a } from "node:zlib";\nexport const x = a;',
    true,
  ],
  [
    "excel-addin accepts src/xlsx",
    "excel-addin",
    "c.ts",
    'import { a } from "../xlsx/gridFromXlsx.js";\nexport const x = a;',
    false,
  ],
  [
    "playground refuses src/node",
    "playground",
    "fake/a.ts",
    'import { a } from "../../node/x.js";\nexport const x = a;',
    true,
  ],
];

/** Globals, checked by tsc: the core sees ES2022 only, src/xlsx ES2022 and the DOM, neither Node. */
const GLOBALS: readonly Probe<Layer>[] = [
  ["core refuses Apps Script's SpreadsheetApp", "core", "a.ts", "export const x = SpreadsheetApp.getActive();", true],
  ["core refuses Office.js", "core", "b.ts", "export const x = Office.context;", true],
  ["core refuses the DOM's document", "core", "c.ts", "export const x = document.body;", true],
  ["core refuses console", "core", "d.ts", 'console.log("x");\nexport {};', true],
  ["core refuses TextDecoder (a Web API)", "core", "e.ts", "export const x = new TextDecoder();", true],
  ["core refuses Node's Buffer", "core", "f.ts", 'export const x = Buffer.from("x");', true],
  [
    "core refuses a node: module",
    "core",
    "g.ts",
    'import { readFileSync } from "node:fs";\nexport const x = readFileSync;',
    true,
  ],
  ["core accepts ES2022", "core", "h.ts", "export const x = [1, 2].at(-1) ?? Object.hasOwn({}, 'a');", false],
  [
    "core accepts a comment about Office.js",
    "core",
    "i.ts",
    "// Office.js gives dates as serials\nexport const x = 1;",
    false,
  ],
  ["xlsx refuses Node's Buffer", "xlsx", "a.ts", 'export const x = Buffer.from("x");', true],
  ["xlsx refuses Node's process", "xlsx", "b.ts", "export const x = process.env;", true],
  [
    "xlsx refuses a node: module",
    "xlsx",
    "c.ts",
    'import { inflateRawSync } from "node:zlib";\nexport const x = inflateRawSync;',
    true,
  ],
  ["xlsx refuses Office.js", "xlsx", "d.ts", "export const x = Office.context;", true],
  [
    "xlsx accepts Web APIs",
    "xlsx",
    "e.ts",
    'export const x = [new TextDecoder(), new DecompressionStream("deflate-raw")];',
    false,
  ],
];

let scratch: string;
/** Diagnostics per probe file (absolute path → rule or error codes). */
const found = new Map<string, string[]>();

function note(file: string, what: string): void {
  found.set(file, [...(found.get(file) ?? []), what]);
}

function write(file: string, code: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${code}\n`);
}

const lintPath = (folder: Folder, path: string) => join(scratch, "lint/src", folder, path);
const tscPath = (layer: Layer, path: string) => join(scratch, `tsc-${layer}`, path);

/** Biome on the import probes, with this repository's rules (the VCS part left out: no git here). */
function runBiome(): void {
  const config = JSON.parse(readFileSync(join(root, "biome.json"), "utf8"));
  delete config.vcs;
  delete config.$schema;
  write(join(scratch, "lint/biome.json"), JSON.stringify(config));
  for (const [, folder, path, code] of IMPORTS) write(lintPath(folder, path), code);
  const out = spawnSync(bin("biome"), ["lint", "--reporter=github", "src"], {
    cwd: join(scratch, "lint"),
    encoding: "utf8",
  });
  for (const m of out.stdout.matchAll(/^::error title=([^,]+),file=([^,]+),/gm)) note(resolve(m[2]!), m[1]!);
}

/** tsc on the global probes, each layer's files with its own config. */
function runTsc(layer: Layer): void {
  const dir = join(scratch, `tsc-${layer}`);
  for (const [, at, path, code] of GLOBALS) if (at === layer) write(tscPath(layer, path), code);
  write(join(dir, "tsconfig.json"), JSON.stringify({ extends: join(root, `tsconfig.${layer}.json`), include: ["."] }));
  const out = spawnSync(bin("tsc"), ["--noEmit", "-p", join(dir, "tsconfig.json")], { cwd: dir, encoding: "utf8" });
  for (const m of out.stdout.matchAll(/^(.+?\.ts)\(\d+,\d+\): error (TS\d+)/gm)) note(resolve(dir, m[1]!), m[2]!);
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "fiche-layers-"));
  runBiome();
  runTsc("core");
  runTsc("xlsx");
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("imports across layers (biome lint)", () => {
  it.each(IMPORTS as ProbeArgs<Folder>[])("%s", (_edge, folder, path, _code, refused) => {
    const rules = found.get(lintPath(folder, path)) ?? [];
    if (refused) expect(rules).toContain("lint/style/noRestrictedImports");
    else expect(rules).toEqual([]);
  });
});

describe("globals per layer (tsc -p tsconfig.core.json / tsconfig.xlsx.json)", () => {
  it.each(GLOBALS as ProbeArgs<Layer>[])("%s", (_edge, layer, path, _code, refused) => {
    const errors = found.get(tscPath(layer, path)) ?? [];
    if (refused) expect(errors.length).toBeGreaterThan(0);
    else expect(errors).toEqual([]);
  });
});
