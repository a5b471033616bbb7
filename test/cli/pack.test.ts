/**
 * The installable package: `npm pack` (whose prepack builds the CLI) in a fresh copy of the
 * project, so the tarball cannot pick up a dist/ built by something else, then
 * `npm install -g --prefix TMP --offline` (it fetches nothing: the tarball has no dependency),
 * then the installed command run from another folder, far from the repository's node_modules.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import XLSX from "xlsx";

const exec = promisify(execFile);
const root = resolve(import.meta.dirname, "../..");
const windows = process.platform === "win32";
/** What the copy of the project needs for `npm pack` (the package's files and what builds them). */
const PROJECT = ["package.json", "README.md", "LICENSE", "SECURITY.md", "tsconfig.json", "bin", "scripts", "src"];

let tmp: string;
let tarball: string;
let packed: string[];
let command: string;
let elsewhere: string;

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a program; never throws on a non-zero exit. */
async function runProgram(file: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Ran> {
  try {
    const r = await exec(file, [...args], { cwd, env, shell: windows, maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === "number" ? err.code : -1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
  }
}

/** The environment without what a parent `npm test` exports (npm_config_*, npm_lifecycle_*…). */
function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  // The node running the tests first, for the command's `#!/usr/bin/env node`.
  const path = [dirname(process.execPath), process.env.PATH ?? ""].join(windows ? ";" : ":");
  return { ...env, PATH: path, NO_COLOR: "1", ...extra };
}

const npm = (args: string[], cwd: string) => runProgram(windows ? "npm.cmd" : "npm", args, cwd, cleanEnv());
const fiche = (args: string[], env: NodeJS.ProcessEnv = {}) => runProgram(command, args, elsewhere, cleanEnv(env));

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "fp-pack-"));
  const project = join(tmp, "project");
  await mkdir(project);
  for (const entry of PROJECT) await cp(join(root, entry), join(project, entry), { recursive: true });
  await symlink(join(root, "node_modules"), join(project, "node_modules"), windows ? "junction" : "dir");
  const out = join(tmp, "packed");
  await mkdir(out);
  const pack = await npm(["pack", "--json", "--pack-destination", out], project);
  if (pack.code !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
  const [manifest] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf("["))) as {
    filename: string;
    files: { path: string }[];
  }[];
  if (!manifest) throw new Error("npm pack printed no manifest");
  tarball = join(out, manifest.filename);
  packed = manifest.files.map((f) => f.path).sort();
  const prefix = join(tmp, "prefix");
  const install = await npm(
    ["install", "-g", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", tarball],
    tmp,
  );
  if (install.code !== 0) throw new Error(`npm install -g failed:\n${install.stderr}`);
  command = windows ? join(prefix, "fiche-projet.cmd") : join(prefix, "bin", "fiche-projet");
  elsewhere = join(tmp, "ailleurs", "dossier");
  await mkdir(elsewhere, { recursive: true });
}, 240_000);
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("npm pack", () => {
  it("ships the built command, its licence notices, README and LICENSE — not the sources", () => {
    expect(packed).toEqual(
      expect.arrayContaining([
        "LICENSE",
        "README.md",
        "package.json",
        "bin/fiche-projet.js",
        "dist/cli.js",
        "dist/consolidate-worker.js",
        "dist/THIRD-PARTY-NOTICES.txt",
      ]),
    );
    expect(packed.filter((f) => /^dist\/chunk-[A-Z0-9]+\.js$/.test(f)).length).toBeGreaterThan(0);
    expect(packed.filter((f) => /^(src|test|scripts|docs|examples|node_modules)\//.test(f))).toEqual([]);
    expect(
      packed.filter((f) => f.endsWith(".map") || f.startsWith("dist/excel-addin") || f.startsWith("dist/apps")),
    ).toEqual([]);
  });

  it("declares no runtime dependency (exceljs is bundled) and the Node versions it supports", async () => {
    const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.engines.node).toMatch(/^\^20\.\d+\.\d+ \|\| >=22\.\d+\.\d+$/);
  });

  it("names exceljs and its licence among the notices", async () => {
    const installed = join(dirname(dirname(command)), windows ? "" : "lib", "node_modules", "fiche-projet");
    const text = await readFile(join(installed, "dist", "THIRD-PARTY-NOTICES.txt"), "utf8");
    expect(text).toMatch(/^exceljs 4\.4\.0 — MIT/m);
    expect(text).not.toMatch(/^unzipper /m);
  });
});

describe("the installed command, from another folder", () => {
  it("--version is the package's", async () => {
    const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
    expect(await fiche(["--version"])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it("template -o writes a workbook (exit 0); check finds the blank template's errors (exit 1)", async () => {
    const template = await fiche(["template", "-o", "x.xlsx"]);
    expect(template).toEqual({ code: 0, stdout: "", stderr: "écrit : x.xlsx\n" });
    const wb = XLSX.read(await readFile(join(elsewhere, "x.xlsx")), { type: "buffer" });
    expect(wb.SheetNames).toEqual(expect.arrayContaining(["Projet", "Budget"]));
    const check = await fiche(["check", "x.xlsx"]);
    expect(check.code).toBe(1);
    expect(check.stderr).toBe("");
    expect(check.stdout.split("\n")[0]).toBe("Fichier : x.xlsx");
    expect(check.stdout).toMatch(/Problèmes : [1-9]\d* erreurs?/);
  });

  it("template --example then check: exit 0, no error", async () => {
    expect((await fiche(["template", "--example", "-o", "exemple.xlsx"])).code).toBe(0);
    const check = await fiche(["check", "exemple.xlsx", "--json"]);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).project.code).toBe("MED-2025-01");
  });

  it("consolidate in worker threads finds its worker beside the installed command", async () => {
    await mkdir(join(elsewhere, "projets"), { recursive: true });
    for (const name of ["a", "b", "c"])
      expect((await fiche(["template", "--example", "-o", `projets/${name}.xlsx`])).code).toBe(0);
    const r = await fiche(["consolidate", "projets", "--json"], { FICHE_PROJET_WORKERS: "2" });
    expect(r.stderr).toBe("");
    // Three copies of one fiche: counted once (SPEC §6), the two others set aside.
    const doc = JSON.parse(r.stdout);
    expect(doc.projects.map((p: { file: string }) => p.file)).toEqual(["projets/a.xlsx"]);
    expect(doc.duplicates[0].setAside.map((d: { file: string }) => d.file)).toEqual([
      "projets/b.xlsx",
      "projets/c.xlsx",
    ]);
  });

  it("an output problem is one sentence there too (exit 2)", async () => {
    expect(await fiche(["check", "exemple.xlsx", "-o", "absent/r.xlsx", "--lang", "en"])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "fiche-projet: cannot write absent/r.xlsx: the folder absent does not exist; create it or choose another folder\n",
    });
  });
});
