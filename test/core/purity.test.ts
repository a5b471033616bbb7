import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "../../src/core");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|js|mjs)$/.test(name) ? [path] : [];
  });
}

/** Imports and globals that would tie the core to a host, Node or the DOM. */
const FORBIDDEN: readonly [string, RegExp][] = [
  ["exceljs", /from\s+["']exceljs["']|import\(\s*["']exceljs["']\s*\)|require\(\s*["']exceljs["']\s*\)/],
  ["node:*", /from\s+["']node:|import\(\s*["']node:|require\(\s*["']node:/],
  [
    "fs / path / os / child_process",
    /from\s+["'](fs|path|os|child_process)(\/[^"']*)?["']|require\(\s*["'](fs|path|os|child_process)["']\s*\)/,
  ],
  ["SpreadsheetApp", /\bSpreadsheetApp\b/],
  ["Office.", /\bOffice\./],
  ["Excel.run", /\bExcel\.run\b/],
  ["document.", /(^|[^./\w$])document\./],
  ["window.", /(^|[^./\w$])window\./],
];

/** Code only: comments may mention hosts. */
const stripComments = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

describe("src/core is pure", () => {
  const files = sources(root);
  it("has sources to scan", () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it.each(files.map((f) => [relative(root, f), f]))("%s imports no host, Node or DOM API", (_name, file) => {
    const code = stripComments(readFileSync(file, "utf8"));
    const hits = FORBIDDEN.filter(([, re]) => re.test(code)).map(([what]) => what);
    expect(hits).toEqual([]);
  });

  it.each<[string, string, boolean]>([
    ["an exceljs import", 'import ExcelJS from "exceljs";', true],
    ["a node: import", 'import { readFileSync } from "node:fs";', true],
    ["a bare fs import", 'import fs from "fs";', true],
    ["Office.js", "Office.onReady(() => {});", true],
    ["Apps Script", "SpreadsheetApp.getActive();", true],
    ["the DOM", "document.body.textContent = 'x';", true],
    ["a comment about Office.js", "// Office.js gives dates as serials\nconst x = 1;", false],
    ["a word containing document", "const subdocument = 1; mydocument.x = 2;", false],
    ["a module named document", 'import { x } from "./document.js";', false],
  ])("the scanner catches %s", (_name, code, caught) => {
    expect(FORBIDDEN.some(([, re]) => re.test(stripComments(code)))).toBe(caught);
  });
});
