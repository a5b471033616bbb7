/**
 * The built command (dist/cli.js through bin/fiche-projet.js), spawned as users run it:
 * the same JSON byte for byte under far-apart time zones, exit codes, no stack trace.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MEDIATHEQUE, VOIRIE } from "../../src/core/examples/index.js";
import { buildTemplateSheets } from "../../src/core/template/sheets.js";
import { writeWorkbookFile } from "../../src/node/writeWorkbook.js";
import { hasStack } from "./helpers.js";

const exec = promisify(execFile);
const root = resolve(import.meta.dirname, "../..");
const bin = join(root, "bin/fiche-projet.js");
let dir: string;

async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

beforeAll(async () => {
  const { build } = await import(pathToFileURL(join(root, "scripts/build-cli.mjs")).href);
  await build();
  dir = await mkdtemp(join(tmpdir(), "fp-built-"));
  await writeWorkbookFile(join(dir, "mediatheque.xlsx"), buildTemplateSheets({ lang: "fr", example: MEDIATHEQUE }));
  await writeWorkbookFile(join(dir, "voirie.xlsx"), buildTemplateSheets({ lang: "fr", example: VOIRIE }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ZONES = ["UTC", "Europe/Paris", "America/Santiago", "Pacific/Kiritimati"];

describe("built CLI", () => {
  it.each([
    ["check --json", ["check", "mediatheque.xlsx", "--json"]],
    ["check --json --status-date", ["check", "voirie.xlsx", "--json", "--status-date", "2026-03-30"]],
    ["consolidate --json", ["consolidate", ".", "--json", "--status-date", "2026-10-25"]],
  ])("%s: the same bytes under every TZ", async (_name, args) => {
    const outputs = await Promise.all(ZONES.map((TZ) => cli(args, { TZ })));
    for (const o of outputs) {
      expect(o.code).toBe(0);
      expect(o.stderr).toBe("");
    }
    const first = outputs[0]?.stdout ?? "";
    expect(JSON.parse(first).schemaVersion).toBe(2);
    for (const o of outputs) expect(o.stdout).toBe(first);
  });

  it("an unreadable input: exit 2, one line, no stack", async () => {
    await writeFile(join(dir, "casse.xlsx"), "PK\u0003\u0004 pas vraiment");
    const r = await cli(["check", "casse.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("casse.xlsx");
    expect(hasStack(r.stderr)).toBe(false);
  });

  it("writing a portfolio prints no Node deprecation warning", async () => {
    const r = await cli(["consolidate", "mediatheque.xlsx", "voirie.xlsx", "-o", "portefeuille.xlsx"]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/DeprecationWarning|DEP0005/);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("exceljs is loaded only by the commands that write with it: a chunk of its own, imported on demand", async () => {
    // The modules cli.js loads before it runs: itself and the chunks it imports statically.
    const loaded = new Set<string>();
    const visit = async (file: string): Promise<void> => {
      if (loaded.has(file)) return;
      loaded.add(file);
      const code = await readFile(join(root, "dist", file), "utf8");
      for (const m of code.matchAll(/^(?:import|\} from) .*"\.\/(chunk-[A-Z0-9]+\.js)";$/gm))
        await visit(m[1] as string);
    };
    await visit("cli.js");
    const eager = await Promise.all([...loaded].map((f) => readFile(join(root, "dist", f), "utf8")));
    expect(eager.some((code) => code.includes("node_modules/exceljs/lib/exceljs"))).toBe(false);
    // …and the commands that need it still find it: a report (-o) and a template, with internal links.
    const report = await cli(["check", "mediatheque.xlsx", "-o", "rapport.xlsx", "--status-date", "2026-03-30"]);
    expect([0, 1]).toContain(report.code);
    expect(report.stderr).not.toMatch(/DeprecationWarning|Error/);
    const template = await cli(["template", "-o", "modele.xlsx", "--example"]);
    expect(template.code).toBe(0);
    expect((await readFile(join(dir, "modele.xlsx"))).subarray(0, 2).toString()).toBe("PK");
    expect((await readFile(join(dir, "rapport.xlsx"))).subarray(0, 2).toString()).toBe("PK");
  });

  it("--version matches package.json", async () => {
    const { default: pkg } = await import("../../package.json", { with: { type: "json" } });
    expect((await cli(["--version"])).stdout).toBe(`${pkg.version}\n`);
  });
});
