/**
 * The README's sample of `npm start` is what the command prints: the demo is run with the status
 * date the README names, and the README's block must be a faithful excerpt of its output — the
 * same header line, the same first rows, then only lines of the output in order (a line `…`
 * alone stands for lines left out). No-break spaces count as spaces (the README may be edited by hand).
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "./helpers.js";

const root = resolve(import.meta.dirname, "../..");
/** The sentence that introduces the sample, with its status date. */
const INTRO = /`npm start -- --status-date (\d{4}-\d{2}-\d{2})`/;
/** How many lines after the header must be the output's own first rows. */
const FIRST_ROWS = 3;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fp-readme-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The status date and the lines of the first fenced block after the sentence that introduces it. */
function readmeSample(readme: string): { statusDate: string; lines: string[] } {
  const intro = INTRO.exec(readme);
  if (!intro) throw new Error("README: no `npm start -- --status-date YYYY-MM-DD` before the sample");
  const after = readme.slice(intro.index);
  const block = /\n```[^\n]*\n([\s\S]*?)\n```/.exec(after);
  if (!block?.[1]) throw new Error("README: no fenced block after the sample's introduction");
  return { statusDate: intro[1] as string, lines: block[1].split("\n") };
}

const plain = (line: string) => line.replace(/[\u00A0\u202F]/g, " ").trimEnd();

/**
 * Why `sample` is not a faithful excerpt of `output`, or null when it is.
 * @example excerptProblem(["h", "a", "…"], ["h", "a", "b"], 1) // null
 */
function excerptProblem(sample: readonly string[], output: readonly string[], firstRows: number): string | null {
  const want = sample.map(plain);
  const got = output.map(plain);
  for (let i = 0; i <= firstRows; i++) {
    if (want[i] !== got[i]) return `line ${i + 1} differs:\n  README: ${want[i]}\n  output: ${got[i]}`;
  }
  let at = 0;
  let skipping = false;
  for (const line of want) {
    if (line === "…") {
      skipping = true;
      continue;
    }
    const found = skipping ? got.indexOf(line, at) : got[at] === line ? at : -1;
    if (found < 0) return `not in the output${skipping ? "" : " at this place"}: ${line}`;
    at = found + 1;
    skipping = false;
  }
  return null;
}

describe("README", () => {
  it.each([
    ["the whole output", ["h", "a", "b", "c", "d"], null],
    ["the first rows, then a gap, then a later line", ["h", "a", "b", "c", "…", "e"], null],
    ["another header", ["H", "a", "b", "c"], "mismatch"],
    ["a row missing among the first", ["h", "a", "c", "d"], "mismatch"],
    ["a line the output does not have", ["h", "a", "b", "c", "…", "z"], "mismatch"],
    ["lines out of order", ["h", "a", "b", "c", "…", "e", "d"], "mismatch"],
  ])("excerptProblem: %s", (_name, sample, expected) => {
    const output = ["h", "a", "b", "c", "d", "e"];
    const problem = excerptProblem(sample, output, FIRST_ROWS);
    expect(problem === null ? null : "mismatch").toBe(expected);
  });

  it("a no-break space in the output matches a space in the README", () => {
    expect(excerptProblem(["h", "1 000 €", "b", "c"], ["h", "1\u202F000\u00A0€", "b", "c"], FIRST_ROWS)).toBeNull();
  });

  it("the Quick start's sample is what `npm start -- --status-date D` prints", async () => {
    const { statusDate, lines } = readmeSample(await readFile(join(root, "README.md"), "utf8"));
    const r = await run(["demo", "--status-date", statusDate], { cwd: dir });
    expect(r.code).toBe(0);
    expect(excerptProblem(lines, r.stdout.trimEnd().split("\n"), FIRST_ROWS)).toBeNull();
  });
});
