/**
 * A process killed in the middle of a write leaves the previous file intact: the child writes
 * the temp file, says so, and waits before the rename; the parent kills it (SIGKILL) then.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
let dir: string;
let script: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fp-kill-"));
  script = join(dir, "child.mjs");
  await build({
    stdin: {
      contents: `
        import { writeFileAtomic } from "./src/node/atomicWrite.ts";
        const [target] = process.argv.slice(2);
        await writeFileAtomic(target, new Uint8Array(5_000_000).fill(65), {
          beforeRename: () => new Promise(() => { process.stdout.write("written\\n"); }),
        });`,
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: script,
    logLevel: "silent",
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("atomic write under SIGKILL", () => {
  it("the previous output survives; only the child's temp file is left", async () => {
    const target = join(dir, "portefeuille.xlsx");
    await writeFile(target, "previous portfolio");
    const child = spawn(process.execPath, [script, target], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((done, fail) => {
      child.stdout.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("written")) done();
      });
      child.on("exit", (code) => fail(new Error(`child exited early (${code})`)));
    });
    const exited = new Promise((done) => child.on("exit", done));
    child.kill("SIGKILL");
    await exited;
    expect(await readFile(target, "utf8")).toBe("previous portfolio");
    expect((await readdir(dir)).sort()).toEqual([
      `.portefeuille.xlsx.${child.pid}.tmp`,
      "child.mjs",
      "portefeuille.xlsx",
    ]);
  });
});
