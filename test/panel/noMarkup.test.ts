/** No markup sink, eval or inline handler anywhere in the panel, the taskpane and the playground. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOTS = ["src/panel", "src/excel-addin", "src/playground"].map((p) => join(import.meta.dirname, "../..", p));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const sources = ROOTS.flatMap(files).filter((f) => /\.(ts|html|css)$/.test(f));

describe("no markup from strings", () => {
  it("finds the panel and taskpane sources", () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each([
    ["innerHTML", /\binnerHTML\b/],
    ["outerHTML", /\bouterHTML\b/],
    ["insertAdjacentHTML", /insertAdjacentHTML/],
    ["document.write", /document\.write/],
    ["eval", /\beval\s*\(/],
    ["new Function", /new\s+Function\s*\(/],
    ["string timers", /set(Timeout|Interval)\s*\(\s*["'`]/],
    ["inline event handler attributes", /<[^>]+\son[a-z]+\s*=/i],
    ["inline style blocks in pages", /<style[\s>]/i],
  ])("no %s", (_name, pattern) => {
    const offenders = sources.filter((f) => pattern.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("every page carries a Content-Security-Policy without unsafe-inline or unsafe-eval", () => {
    const pages = sources.filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      const html = readFileSync(page, "utf8");
      expect(html, page).toMatch(/http-equiv="Content-Security-Policy"/);
      expect(html, page).not.toMatch(/unsafe-(inline|eval)/);
    }
  });
});
