/**
 * The clasp route of docs/google-sheets.md, as far as it runs without a Google account: the
 * project files are per deployment (ignored, with committed examples), `clasp-project.mjs` writes
 * them from a Script ID, `clasp status` lists exactly the three built files, and `clasp create`
 * gets past the project-file check (it stops at the missing credentials, which need an account).
 */
import { execFile, execFileSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { build } from "../../scripts/build-apps-script.mjs";
import { ROLES, rootDirOf, scriptIdOf, writeProject } from "../../scripts/clasp-project.mjs";

const root = join(import.meta.dirname, "../..");
const clasp = join(root, "node_modules/.bin/clasp");
const ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdefghijk";
const roles = Object.keys(ROLES) as (keyof typeof ROLES)[];

let work: string;
let home: string;

/** clasp with an empty home (no credentials), in `cwd`; resolves with its exit code and output. */
async function runClasp(cwd: string, ...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const r = await promisify(execFile)(clasp, args, { cwd, env: { ...process.env, HOME: home }, timeout: 60_000 });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "clasp-"));
  home = await mkdtemp(join(tmpdir(), "clasp-home-"));
  await build({ outRoot: work });
  await copyFile(join(root, ".claspignore"), join(work, ".claspignore"));
});

describe("clasp project files", () => {
  it.each(roles)(
    "%s: its project file is ignored by git, never committed, and has a committed example",
    async (role) => {
      const file = ROLES[role].file;
      expect(execFileSync("git", ["ls-files", file], { cwd: root, encoding: "utf8" })).toBe("");
      expect(execFileSync("git", ["check-ignore", file], { cwd: root, encoding: "utf8" }).trim()).toBe(file);
      const example = JSON.parse(await readFile(join(root, `${file}.example`), "utf8"));
      expect(example).toEqual({ scriptId: expect.stringMatching(/^REPLACE_WITH_/), rootDir: rootDirOf(role) });
    },
  );

  it.each([
    ["the bare ID", ID],
    ["the editor URL", `https://script.google.com/home/projects/${ID}/edit`],
    ["the legacy editor URL", `https://script.google.com/d/${ID}/edit?usp=sharing`],
    ["an ID with spaces around", `  ${ID}\n`],
  ])("reads the Script ID from %s", (_name, text) => {
    expect(scriptIdOf(text)).toBe(ID);
  });

  it.each([
    ["nothing", "", /not a Script ID/],
    ["a short word", "abc", /not a Script ID/],
    ["the spreadsheet's URL", `https://docs.google.com/spreadsheets/d/${ID}/edit`, /not the script editor's URL/],
    ["the placeholder", "REPLACE_WITH_YOUR_SCRIPT_ID", /not a Script ID/],
  ])("refuses %s", (_name, text, message) => {
    expect(() => scriptIdOf(text)).toThrow(message);
  });

  it("writes the file, keeps it for the same ID, refuses another ID unless forced", async () => {
    const dir = await mkdtemp(join(tmpdir(), "clasp-project-"));
    const path = join(dir, ".clasp-direction.json");
    await writeProject("direction", ID, { dir });
    expect(JSON.parse(await readFile(path, "utf8"))).toEqual({ scriptId: ID, rootDir: "dist/apps-script-direction" });
    await writeProject("direction", ID, { dir });
    const other = `9${ID.slice(1)}`;
    await expect(writeProject("direction", other, { dir })).rejects.toThrow(/add --force/);
    await writeProject("direction", other, { dir, force: true });
    expect(JSON.parse(await readFile(path, "utf8")).scriptId).toBe(other);
  });
});

describe("clasp without a Google account", () => {
  it.each(roles)("%s: clasp status lists exactly the three built files", async (role) => {
    const { path } = await writeProject(role, ID, { dir: work, force: true });
    const { code, out } = await runClasp(work, "status", "--json", "-P", path);
    expect(code).toBe(0);
    const status = JSON.parse(out.slice(out.indexOf("{"))) as { filesToPush: string[] };
    const dir = rootDirOf(role);
    expect(status.filesToPush.sort()).toEqual([`${dir}/Code.js`, `${dir}/Sidebar.html`, `${dir}/appsscript.json`]);
  });

  it("clasp create stops at a present project file, and otherwise only asks for credentials", async () => {
    const dir = await mkdtemp(join(tmpdir(), "clasp-create-"));
    await mkdir(join(dir, "dist"));
    const args = ["create", "--type", "sheets", "--title", "Fiche projet", "--rootDir", "dist/apps-script"];
    expect((await runClasp(dir, ...args)).out).toContain("No credentials found.");
    await writeProject("lead", ID, { dir });
    expect((await runClasp(dir, ...args)).out).toContain("Project file already exists.");
  });
});
