/**
 * The product's reader held to the corpus: real files from public test suites, the crafted
 * pathological files of issue 15, and the feature cases. One test per file. A file listed in
 * known-failures.json must still fail (so the list shrinks as the reader is fixed); every other
 * file must read to its expected values. Nothing here is timed (scripts/corpus/measure.mjs is).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CORPUS,
  type CorpusFile,
  caseFiles,
  compareWorkbook,
  craftedFiles,
  describeMismatch,
  producerFiles,
  realCorpusDir,
  realFiles,
  refusedFiles,
} from "./compare.js";
import { readXlsx, UnreadableWorkbookError } from "./reader.js";

/**
 * A file today's reader gets wrong, and why. `heavy` says the reader takes too long or too much
 * memory on it to read in every test run (measured by scripts/corpus/measure.mjs): such a file
 * is read only with FICHE_CORPUS_HEAVY=1.
 */
interface KnownFailure {
  readonly file: string;
  readonly reason: string;
  readonly heavy?: string;
}

const KNOWN: readonly KnownFailure[] = JSON.parse(readFileSync(join(CORPUS, "known-failures.json"), "utf8"));
const knownReason = new Map(KNOWN.map((k) => [k.file, k.reason]));
const heavy = new Set(KNOWN.filter((k) => k.heavy !== undefined).map((k) => k.file));
const READ_HEAVY = process.env.FICHE_CORPUS_HEAVY === "1";
const REAL = realCorpusDir();
/** The crafted whole-column files take today's reader tens of seconds: no timing, only room to finish. */
const SLOW_READ_TIMEOUT_MS = 300_000;

/** The files a run reads: heavy ones only when asked. */
const runnable = (files: readonly CorpusFile[]) =>
  files.filter((f) => READ_HEAVY || !heavy.has(f.id)).map((f) => [f.id, f] as const);

/** What the reader makes of a file, as lines of differences; a refusal is one line. Any other throw fails the test. */
async function problemsOf(file: CorpusFile): Promise<string[]> {
  const bytes = readFileSync(file.path);
  try {
    const grid = await readXlsx(bytes, file.id);
    return compareWorkbook(grid, file.expected).map(describeMismatch);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) return [`refused (${e.code}): ${e.message}`];
    throw new Error(`${file.id} threw ${(e as Error)?.name ?? typeof e}, not UnreadableWorkbookError: ${String(e)}`);
  }
}

async function holdToExpected(file: CorpusFile): Promise<void> {
  const problems = await problemsOf(file);
  const known = knownReason.get(file.id);
  if (known === undefined) {
    expect(problems.slice(0, 8), `${problems.length} difference(s)`).toEqual([]);
  } else {
    expect(
      problems,
      `${file.id} now reads right: remove it from test/corpus/known-failures.json ("${known}")`,
    ).not.toEqual([]);
  }
}

describe("crafted pathological files (scripts/corpus/craft.mjs)", () => {
  it.each(runnable(craftedFiles()))("%s", (_, file) => holdToExpected(file), SLOW_READ_TIMEOUT_MS);
});

describe("other producers' files (scripts/corpus/producers.py: XlsxWriter, openpyxl, LibreOffice)", () => {
  it("has each producer", () => {
    const producers = new Set(producerFiles().map((f) => f.id.split("/")[1]?.split("__")[0]));
    expect([...producers].sort()).toEqual(["libreoffice", "openpyxl", "xlsxwriter"]);
  });
  it.each(runnable(producerFiles()))("%s", (_, file) => holdToExpected(file));
});

describe("feature cases (copied from shared/xlsx-cases)", () => {
  it.each(runnable(caseFiles()))("%s", (_, file) => holdToExpected(file));
});

describe.skipIf(REAL === null)(`real files (${REAL ?? "absent: see test/corpus/real/README.md"})`, () => {
  // The body is collected even when skipped: no folder, no files.
  const real = REAL === null ? [] : realFiles(REAL);
  const refused = REAL === null ? [] : refusedFiles(REAL);
  it.each(runnable(real))("%s", (_, file) => holdToExpected(file), SLOW_READ_TIMEOUT_MS);

  it.each(refused.map((f) => [f.id, f] as const))("%s is refused with its reason", async (_, file) => {
    const error = await readXlsx(readFileSync(file.path), file.id).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    expect(file.codes).toContain((error as UnreadableWorkbookError).code);
  });

  it("known-failures.json names only files of the corpus", () => {
    const ids = new Set([...real, ...craftedFiles(), ...caseFiles(), ...producerFiles()].map((f) => f.id));
    expect(KNOWN.filter((k) => !ids.has(k.file)).map((k) => k.file)).toEqual([]);
  });
});

describe("known-failures.json", () => {
  it.each([
    ["crafted/", craftedFiles()] as const,
    ["cases/", caseFiles()] as const,
    ["producers/", producerFiles()] as const,
  ])("lists only existing %s files", (prefix, files) => {
    const ids = new Set(files.map((f) => f.id));
    expect(KNOWN.filter((k) => k.file.startsWith(prefix) && !ids.has(k.file)).map((k) => k.file)).toEqual([]);
  });

  it("says why each heavy file is heavy", () => {
    expect(KNOWN.filter((k) => k.heavy !== undefined && k.heavy.trim() === "").map((k) => k.file)).toEqual([]);
  });

  it("gives a reason for every file, once", () => {
    expect(KNOWN.filter((k) => k.reason.trim() === "")).toEqual([]);
    expect(new Set(KNOWN.map((k) => k.file)).size).toBe(KNOWN.length);
  });
});
