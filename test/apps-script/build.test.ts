/**
 * The build as `npm run build:sheets` runs it: dist/apps-script and dist/apps-script-direction
 * with exactly the files clasp pushes, real top-level functions, the sidebar inlined, least
 * privilege manifests, no code generation from strings.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { execute, GasWorld } from "../fakes/gas/index.js";

const root = join(import.meta.dirname, "../..");
const dist = join(root, "dist/apps-script");
const distDirection = join(root, "dist/apps-script-direction");

beforeAll(() => {
  execFileSync(process.execPath, [join(root, "scripts/build.mjs"), "apps-script"], { cwd: root, stdio: "pipe" });
});

const topLevel = (code: string) => [...code.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, "appsscript.json"), "utf8"));

describe("dist/apps-script (project lead)", () => {
  it("holds exactly Code.js, Sidebar.html and appsscript.json", () => {
    expect(readdirSync(dist).sort()).toEqual(["Code.js", "Sidebar.html", "appsscript.json"]);
    expect(readdirSync(distDirection).sort()).toEqual(["Code.js", "Sidebar.html", "appsscript.json"]);
  });

  it("declares the functions Apps Script must see at top level", () => {
    expect(topLevel(readFileSync(join(dist, "Code.js"), "utf8"))).toEqual([
      "ficheProjetCheck",
      "ficheProjetCompute",
      "ficheProjetCreateTemplate",
      "ficheProjetSelect",
      "ficheProjetSummary",
      "menuCheck",
      "menuCompute",
      "menuCreate",
      "onInstall",
      "onOpen",
      "showSidebar",
    ]);
  });

  it("asks for this spreadsheet and its UI only", () => {
    expect(manifest(dist)).toEqual({
      timeZone: "Europe/Paris",
      runtimeVersion: "V8",
      exceptionLogging: "STACKDRIVER",
      oauthScopes: [
        "https://www.googleapis.com/auth/spreadsheets.currentonly",
        "https://www.googleapis.com/auth/script.container.ui",
      ],
    });
  });

  it("runs as loaded from dist, in a context where code generation from strings is disabled", () => {
    const w = new GasWorld({ htmlDir: dist });
    execute(join(dist, "Code.js"), w, "onOpen");
    execute(join(dist, "Code.js"), w, "showSidebar");
    expect(w.ui.menus[0]?.name).toBe("Fiche projet");
    expect(w.ui.sidebars).toHaveLength(1);
  });
});

describe("dist/apps-script-direction", () => {
  it("declares the consolidation's functions and the trigger handler, and no project action", () => {
    expect(topLevel(readFileSync(join(distDirection, "Code.js"), "utf8"))).toEqual([
      "ficheProjetConsolidateFolder",
      "ficheProjetConsolidationStatus",
      "ficheProjetContinue",
      "ficheProjetSummary",
      "menuConsolidate",
      "menuContinue",
      "onInstall",
      "onOpen",
      "showSidebar",
    ]);
  });

  it("has its own Sidebar.html (Consolider only), not the project lead's", () => {
    const lead = readFileSync(join(dist, "Sidebar.html"), "utf8");
    const direction = readFileSync(join(distDirection, "Sidebar.html"), "utf8");
    expect(direction).not.toBe(lead);
    expect(direction).toMatch(/mountSidebar\("direction"\)|"direction"/);
  });

  it("asks for Drive read-only, spreadsheets, its UI and triggers", () => {
    expect(manifest(distDirection).oauthScopes).toEqual([
      "https://www.googleapis.com/auth/drive.readonly",
      "https://www.googleapis.com/auth/spreadsheets",
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/script.scriptapp",
    ]);
  });
});

describe("bundles", () => {
  it.each([
    ["project lead Code.js", join(dist, "Code.js")],
    ["direction Code.js", join(distDirection, "Code.js")],
    ["Sidebar.html", join(dist, "Sidebar.html")],
  ])("%s has no eval and no new Function", (_n, file) => {
    const text = readFileSync(file, "utf8");
    expect(text).not.toMatch(/\beval\s*\(/);
    expect(text).not.toMatch(/\bnew\s+Function\s*\(/);
  });

  it("Sidebar.html inlines its script and styles (HtmlService serves one file)", () => {
    const html = readFileSync(join(dist, "Sidebar.html"), "utf8");
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
    expect(html).toContain("--fp-accent");
    expect(html).toContain('<base target="_top">');
  });
});

describe("clasp", () => {
  const clasp = join(root, "node_modules/.bin/clasp");
  it.each([
    // The committed templates (the real project files are per deployment: test/apps-script/clasp.test.ts).
    [".clasp.json.example", "dist/apps-script"],
    [".clasp-direction.json.example", "dist/apps-script-direction"],
  ])("%s pushes exactly the three built files of %s", (project, dir) => {
    const out = execFileSync(clasp, ["status", "--json", "--project", project], { cwd: root, encoding: "utf8" });
    const status = JSON.parse(out) as { filesToPush: string[] };
    expect(status.filesToPush.sort()).toEqual([`${dir}/Code.js`, `${dir}/Sidebar.html`, `${dir}/appsscript.json`]);
  });
});
