/**
 * An output that cannot be written, for every command that writes one: one sentence in the
 * user's language naming the path as typed and what to do, exit 2; never an errno, never the
 * temp file, no stack; the input untouched and no temp file left. Real where the system gives the
 * failure (missing folder, a path under a file, a folder, a long name, a read-only file; a
 * read-only folder unless we run as root, whom chmod does not stop); injected into the fs calls
 * of the atomic write otherwise (disk full, read-only disk, a file locked by Excel on Windows).
 */
import type { FileHandle } from "node:fs/promises";
import { chmod, copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { MEDIATHEQUE } from "../../src/core/examples/index.js";
import { buildTemplateSheets } from "../../src/core/template/sheets.js";
import { writeWorkbookFile } from "../../src/node/writeWorkbook.js";
import { hasStack, run, sha256 } from "./helpers.js";

/** A failure injected into one fs call of the atomic write, for paths containing `match`. */
interface Fault {
  readonly op: "create" | "write" | "sync" | "rename";
  readonly code: string;
  readonly match?: string;
}

const injected = vi.hoisted(() => ({ fault: null as Fault | null }));

/** An error as Node gives it, whose message names the temp file (it must never reach the user). */
function systemError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected, ${syscall} '${path}'`), { code, syscall, path, errno: -1 });
}

vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  const hit = (op: Fault["op"], path: string) => {
    const f = injected.fault;
    return f !== null && f.op === op && (f.match === undefined || path.includes(f.match)) ? f : null;
  };
  const open = async (path: string, flags?: string, mode?: number): Promise<FileHandle> => {
    // The first open of the temp file: to write it (writeFileAtomic), or to fsync what exceljs streamed.
    const create = flags === "w" || flags === "r+" ? hit("create", path) : null;
    if (create) throw systemError(create.code, "open", path);
    const handle = await real.open(path, flags, mode);
    return new Proxy(handle, {
      get(target, key) {
        const failing = key === "writeFile" ? hit("write", path) : key === "sync" ? hit("sync", path) : null;
        if (failing) return () => Promise.reject(systemError(failing.code, String(key), path));
        const value = Reflect.get(target, key);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  };
  const rename = async (from: string, to: string) => {
    const f = hit("rename", to);
    if (f) throw systemError(f.code, "rename", from);
    return real.rename(from, to);
  };
  return { ...real, open, rename };
});

const asRoot = process.getuid?.() === 0 || process.platform === "win32";
let root: string;
let count = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "fp-outerr-"));
  await writeWorkbookFile(join(root, "exemple.xlsx"), buildTemplateSheets({ lang: "fr", example: MEDIATHEQUE }));
});
afterEach(() => {
  injected.fault = null;
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A fresh working folder holding the input (exemple.xlsx, and projets/exemple.xlsx). */
async function workspace(): Promise<string> {
  const cwd = join(root, `w${++count}`);
  await mkdir(join(cwd, "projets"), { recursive: true });
  await copyFile(join(root, "exemple.xlsx"), join(cwd, "exemple.xlsx"));
  await copyFile(join(root, "exemple.xlsx"), join(cwd, "projets", "exemple.xlsx"));
  return cwd;
}

/** Every file under `dir`, hidden ones included. */
async function allFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String);
}

interface Case {
  /** The output as typed. */
  readonly output: string;
  /** Prepares the working folder; may return a fault to inject. */
  readonly setup?: (cwd: string) => Promise<Fault | undefined>;
  readonly expected: RegExp;
  readonly skip?: readonly string[];
}

const CASES: [string, Case][] = [
  [
    "a missing folder",
    {
      output: "absent/r.xlsx",
      expected: /^impossible d'écrire absent\/r\.xlsx : le dossier absent n'existe pas ; créez-le/,
    },
  ],
  [
    "a path under a file",
    {
      output: "notes.txt/r.xlsx",
      setup: async (cwd) => void (await writeFile(join(cwd, "notes.txt"), "x")),
      expected: /^impossible d'écrire notes\.txt\/r\.xlsx : notes\.txt n'est pas un dossier ; choisissez/,
    },
  ],
  [
    "a folder where the file should go",
    {
      output: "dossier.xlsx",
      setup: async (cwd) => void (await mkdir(join(cwd, "dossier.xlsx"))),
      expected: /^impossible d'écrire dossier\.xlsx : c'est un dossier ; donnez un nom de fichier/,
    },
  ],
  [
    "a name too long",
    { output: `${"n".repeat(300)}.xlsx`, expected: /^impossible d'écrire n+\.xlsx : le nom est trop long/ },
  ],
  [
    "a read-only file",
    {
      output: "lecture-seule.xlsx",
      setup: async (cwd) => {
        await writeFile(join(cwd, "lecture-seule.xlsx"), "ancien");
        await chmod(join(cwd, "lecture-seule.xlsx"), 0o444);
        return undefined;
      },
      expected: /^impossible de remplacer lecture-seule\.xlsx : le fichier est en lecture seule ; ôtez/,
    },
  ],
  [
    asRoot ? "a read-only folder (injected: chmod does not stop root)" : "a read-only folder",
    {
      output: "verrou/r.xlsx",
      setup: async (cwd) => {
        await mkdir(join(cwd, "verrou"));
        if (asRoot) return { op: "create", code: "EACCES" };
        await chmod(join(cwd, "verrou"), 0o555);
        return undefined;
      },
      expected: /^impossible d'écrire verrou\/r\.xlsx : écriture refusée dans le dossier verrou ; choisissez/,
    },
  ],
  [
    "a read-only disk (injected EROFS)",
    {
      output: "r.xlsx",
      setup: async () => ({ op: "create", code: "EROFS" }),
      expected: /^impossible d'écrire r\.xlsx : le disque est en lecture seule/,
    },
  ],
  [
    "a disk full while writing (injected ENOSPC)",
    {
      output: "r.xlsx",
      setup: async () => ({ op: "write", code: "ENOSPC" }),
      expected: /^impossible d'écrire r\.xlsx : le disque est plein ; libérez/,
      // consolidate streams the portfolio with exceljs's own writes (the fsync case covers it).
      skip: ["consolidate"],
    },
  ],
  [
    "a disk full at fsync (injected ENOSPC)",
    {
      output: "sortie/r.xlsx",
      setup: async (cwd) => {
        await mkdir(join(cwd, "sortie"));
        return { op: "sync", code: "ENOSPC" };
      },
      expected: /^impossible d'écrire sortie\/r\.xlsx : le disque est plein/,
    },
  ],
  [
    "a file open in Excel (injected EBUSY on rename)",
    {
      output: "r.xlsx",
      setup: async () => ({ op: "rename", code: "EBUSY" }),
      expected:
        /^impossible de remplacer r\.xlsx : le fichier est ouvert dans un autre programme \(Excel \?\) ; fermez-le/,
    },
  ],
  [
    "a file open in Excel on Windows (injected EPERM on rename)",
    {
      output: "r.xlsx",
      setup: async () => ({ op: "rename", code: "EPERM" }),
      expected: /ouvert dans un autre programme/,
    },
  ],
  [
    "an extension other than .xlsx",
    {
      output: "rapport.csv",
      expected:
        /^impossible d'écrire rapport\.csv : fiche-projet écrit des classeurs \.xlsx ; donnez un nom en \.xlsx \(rapport\.xlsx\)$/,
    },
  ],
  ["an .ods name", { output: "fiche.ods", expected: /donnez un nom en \.xlsx \(fiche\.xlsx\)$/ }],
  ["no extension", { output: "rapport", expected: /donnez un nom en \.xlsx \(rapport\.xlsx\)$/ }],
];

const COMMANDS: [string, (output: string) => string[], string | null][] = [
  ["check", (o) => ["check", "exemple.xlsx", "-o", o], "exemple.xlsx"],
  ["consolidate", (o) => ["consolidate", "projets", "-o", o], "projets/exemple.xlsx"],
  ["template", (o) => ["template", "-o", o], null],
];

/** What every failure must look like: exit 2, one sentence, nothing of the system's. */
function expectOneSentence(stderr: string, expected: RegExp): void {
  const lines = stderr.trimEnd().split("\n");
  const last = lines.at(-1) ?? "";
  expect(last.startsWith("fiche-projet: ")).toBe(true);
  expect(last.slice("fiche-projet: ".length).replace(/\u00A0/g, " ")).toMatch(expected);
  expect(stderr).not.toMatch(/\bE[A-Z]{3,}\b|\.tmp|injected|syscall/);
  expect(hasStack(stderr)).toBe(false);
}

describe.each(COMMANDS)("%s -o", (command, argv, input) => {
  it.each(CASES)("%s → exit 2, one sentence naming the path as typed", async (_name, c) => {
    if (c.skip?.includes(command)) return;
    const cwd = await workspace();
    const fault = (await c.setup?.(cwd)) ?? null;
    const before = input ? await sha256(join(cwd, input)) : null;
    const files = await allFiles(cwd);
    injected.fault = fault;
    const r = await run(argv(c.output), { cwd });
    injected.fault = null;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expectOneSentence(r.stderr, c.expected);
    if (input) expect(await sha256(join(cwd, input))).toBe(before);
    expect(await allFiles(cwd)).toEqual(files);
  });
});

describe("demo", () => {
  it.each<[string, Case]>([
    [
      "examples is a file",
      {
        output: "",
        setup: async (cwd) => void (await writeFile(join(cwd, "examples"), "x")),
        expected: /^impossible d'écrire examples\/projets\/\S+\.xlsx : examples\/projets n'est pas un dossier/,
      },
    ],
    [
      "out is a file",
      {
        output: "",
        setup: async (cwd) => void (await writeFile(join(cwd, "out"), "x")),
        expected: /^impossible d'écrire out\/portefeuille\.xlsx : out n'est pas un dossier/,
      },
    ],
    [
      "the portfolio open in Excel (injected EBUSY)",
      {
        output: "",
        setup: async () => ({ op: "rename", code: "EBUSY", match: "portefeuille" }),
        expected: /^impossible de remplacer out\/portefeuille\.xlsx : le fichier est ouvert/,
      },
    ],
    [
      "a disk full on the capacity workbook (injected ENOSPC)",
      {
        output: "",
        setup: async () => ({ op: "write", code: "ENOSPC", match: "capacite" }),
        expected: /^impossible d'écrire examples\/capacite\.xlsx : le disque est plein/,
      },
    ],
  ])("%s → exit 2, one sentence", async (_name, c) => {
    const cwd = await workspace();
    injected.fault = (await c.setup?.(cwd)) ?? null;
    const r = await run(["demo", "--status-date", "2026-11-15"], { cwd });
    injected.fault = null;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expectOneSentence(r.stderr, c.expected);
    expect((await allFiles(cwd)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("the sentences as printed", () => {
  it("French as printed: a no-break space before : ; ? (and nowhere else)", async () => {
    const cwd = await workspace();
    injected.fault = { op: "rename", code: "EBUSY" };
    const r = await run(["template", "-o", "r.xlsx"], { cwd });
    expect(r.stderr).toBe(
      "fiche-projet: impossible de remplacer r.xlsx\u00A0: le fichier est ouvert dans un autre programme (Excel\u00A0?)\u00A0; fermez-le puis relancez la commande\n",
    );
  });

  it("--lang en speaks English", async () => {
    const cwd = await workspace();
    const r = await run(["check", "exemple.xlsx", "-o", "absent/r.xlsx", "--lang", "en"], { cwd });
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "fiche-projet: cannot write absent/r.xlsx: the folder absent does not exist; create it or choose another folder\n",
    });
  });
});

describe("the temp file's name", () => {
  it("a long name that fits the disk is written (its temp file's name is cut short)", async () => {
    const cwd = await workspace();
    const name = `${"é".repeat(120)}.xlsx`; // 245 bytes: fits; its temp file's name would not have
    const r = await run(["template", "-o", name], { cwd });
    expect(r.code).toBe(0);
    expect(await allFiles(cwd)).toContain(name);
  });
});
