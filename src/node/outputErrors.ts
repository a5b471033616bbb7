/**
 * Every reason an output file cannot be written, in one place: a Node error (or a check made
 * before any work) becomes an {@link OutputError} naming the path as the user typed it, whose
 * text is one sentence saying what is wrong and what to do — never an errno, never the temp file.
 */
import { accessSync, constants, statSync } from "node:fs";
import { basename, dirname, extname } from "node:path";
import type { Lang } from "../core/types.js";

/** Why an output cannot be written (stable keys; the sentence is built from them). */
export type OutputProblem =
  | "notXlsx"
  | "missingFolder"
  | "notAFolder"
  | "isFolder"
  | "readOnlyFolder"
  | "readOnlyFile"
  | "readOnlyDisk"
  | "locked"
  | "diskFull"
  | "nameTooLong"
  | "badName"
  | "unwritable";

/** `{path}` is the output as typed, `{dir}` its folder as typed, `{xlsx}` the same name in .xlsx. */
const TEXT: Readonly<Record<OutputProblem, { fr: string; en: string }>> = {
  notXlsx: {
    fr: "impossible d'écrire {path} : fiche-projet écrit des classeurs .xlsx ; donnez un nom en .xlsx ({xlsx})",
    en: "cannot write {path}: fiche-projet writes .xlsx workbooks; give a name ending in .xlsx ({xlsx})",
  },
  missingFolder: {
    fr: "impossible d'écrire {path} : le dossier {dir} n'existe pas ; créez-le ou choisissez un autre dossier",
    en: "cannot write {path}: the folder {dir} does not exist; create it or choose another folder",
  },
  notAFolder: {
    fr: "impossible d'écrire {path} : {dir} n'est pas un dossier ; choisissez un autre chemin",
    en: "cannot write {path}: {dir} is not a folder; choose another path",
  },
  isFolder: {
    fr: "impossible d'écrire {path} : c'est un dossier ; donnez un nom de fichier en .xlsx",
    en: "cannot write {path}: it is a folder; give a file name ending in .xlsx",
  },
  readOnlyFolder: {
    fr: "impossible d'écrire {path} : écriture refusée dans le dossier {dir} ; choisissez un dossier où vous pouvez écrire",
    en: "cannot write {path}: writing is not allowed in the folder {dir}; choose a folder you can write to",
  },
  readOnlyFile: {
    fr: "impossible de remplacer {path} : le fichier est en lecture seule ; ôtez la lecture seule ou choisissez un autre nom",
    en: "cannot replace {path}: the file is read-only; make it writable or choose another name",
  },
  readOnlyDisk: {
    fr: "impossible d'écrire {path} : le disque est en lecture seule ; choisissez un autre emplacement",
    en: "cannot write {path}: the disk is read-only; choose another location",
  },
  locked: {
    fr: "impossible de remplacer {path} : le fichier est ouvert dans un autre programme (Excel ?) ; fermez-le puis relancez la commande",
    en: "cannot replace {path}: the file is open in another program (Excel?); close it and run the command again",
  },
  diskFull: {
    fr: "impossible d'écrire {path} : le disque est plein ; libérez de la place ou choisissez un autre disque",
    en: "cannot write {path}: the disk is full; free some space or choose another disk",
  },
  nameTooLong: {
    fr: "impossible d'écrire {path} : le nom est trop long ; raccourcissez-le",
    en: "cannot write {path}: the name is too long; shorten it",
  },
  badName: {
    fr: "impossible d'écrire {path} : ce nom n'est pas permis sur ce disque ; choisissez un nom sans caractères spéciaux",
    en: "cannot write {path}: this name is not allowed on this disk; choose a name without special characters",
  },
  unwritable: {
    fr: "impossible d'écrire {path} : vérifiez le chemin et vos droits sur ce dossier, puis relancez la commande",
    en: "cannot write {path}: check the path and your rights on this folder, then run the command again",
  },
};

/** A system error code → the problem, wherever in the write it happened. */
const BY_CODE: Readonly<Record<string, OutputProblem>> = {
  ENOENT: "missingFolder",
  ENOTDIR: "notAFolder",
  EEXIST: "notAFolder", // mkdir over a file
  EISDIR: "isFolder",
  EACCES: "readOnlyFolder",
  EPERM: "readOnlyFolder",
  EROFS: "readOnlyDisk",
  EBUSY: "locked",
  ETXTBSY: "locked",
  ENOSPC: "diskFull",
  EDQUOT: "diskFull",
  ENAMETOOLONG: "nameTooLong",
  EINVAL: "badName",
};

/** When the new file replaces the old one, Windows answers EPERM, EACCES or EBUSY for a file open in Excel. */
const AT_REPLACE: Readonly<Record<string, OutputProblem>> = { EPERM: "locked", EACCES: "locked", EBUSY: "locked" };

/** Where in a write an error came from: `prepare` (folder, temp file, bytes) or `replace` (the rename). */
export type WriteStage = "prepare" | "replace";

/** An output that cannot be written: one sentence naming the path as typed (exit 2 in the CLI). */
export class OutputError extends Error {
  override readonly name = "OutputError";
  /** The output as the user typed it. */
  readonly path: string;
  readonly problem: OutputProblem;
  /** The system's code (ENOSPC…), kept for FICHE_PROJET_DEBUG only. */
  readonly systemCode: string | null;

  constructor(path: string, problem: OutputProblem, systemCode: string | null = null) {
    super(outputErrorText(path, problem, "fr"));
    this.path = path;
    this.problem = problem;
    this.systemCode = systemCode;
  }

  /** The sentence in `lang`. */
  text(lang: Lang): string {
    return outputErrorText(this.path, this.problem, lang);
  }
}

/**
 * The sentence for a problem with `path` (as typed).
 * @example outputErrorText("r.csv", "notXlsx", "en") // "cannot write r.csv: fiche-projet writes .xlsx workbooks; give a name ending in .xlsx (r.xlsx)"
 */
export function outputErrorText(path: string, problem: OutputProblem, lang: Lang): string {
  const folder = dirname(path);
  const here = lang === "fr" ? "courant" : "current";
  const params: Record<string, string> = {
    path,
    dir: folder === "." && !/^\.[\\/]/.test(path) ? here : folder,
    xlsx: `${basename(path, extname(path)) || basename(path)}.xlsx`,
  };
  return TEXT[problem][lang].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? "");
}

/** Whether `e` is an error from the system (a Node fs error: a code such as ENOSPC and a syscall). */
function systemCodeOf(e: unknown): string | null {
  if (!(e instanceof Error)) return null;
  const { code, syscall } = e as NodeJS.ErrnoException;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) && typeof syscall === "string" ? code : null;
}

/**
 * The {@link OutputError} for a system error met while writing `path` (as typed), or null when
 * `e` is not a system error (a programmer's mistake, which the caller rethrows as it is).
 * @example toOutputError(Object.assign(new Error("x"), { code: "ENOSPC", syscall: "write" }), "r.xlsx")?.problem // "diskFull"
 */
export function toOutputError(e: unknown, path: string, stage: WriteStage = "prepare"): OutputError | null {
  if (e instanceof OutputError) return e;
  const code = systemCodeOf(e);
  if (code === null) return null;
  const problem = (stage === "replace" ? AT_REPLACE[code] : undefined) ?? BY_CODE[code] ?? "unwritable";
  return new OutputError(path, problem, code);
}

/**
 * Runs `write`, turning a system error into an {@link OutputError} naming `path` (as typed).
 * @example await guardOutput("examples/projets", () => mkdir(dir, { recursive: true }))
 */
export async function guardOutput<T>(path: string, write: () => Promise<T>, stage: WriteStage = "prepare"): Promise<T> {
  try {
    return await write();
  } catch (e) {
    throw toOutputError(e, path, stage) ?? e;
  }
}

/** Refuses an output whose name does not end in `.xlsx` (any case). */
export function requireXlsxName(path: string): void {
  if (extname(path).toLowerCase() !== ".xlsx") throw new OutputError(path, "notXlsx");
}

/**
 * Checks, before any work, that `target` can be written: an .xlsx name, an existing folder the
 * user may write to, and not a folder or a read-only file itself. The write is guarded too (a
 * disk fills up, a file gets opened in Excel, root ignores permissions); this only fails early.
 * @throws OutputError naming `shown` (the path as typed).
 */
export function checkOutputPath(target: string, shown: string = target): void {
  requireXlsxName(shown);
  const fail = (e: unknown): never => {
    throw toOutputError(e, shown) ?? e;
  };
  let file: ReturnType<typeof statSync> | undefined;
  try {
    file = statSync(target);
  } catch (e) {
    const code = systemCodeOf(e);
    if (code !== "ENOENT" && code !== "ENOTDIR") fail(e);
  }
  if (file?.isDirectory()) throw new OutputError(shown, "isFolder");
  // No write bit at all: a file someone made read-only on purpose (checked on the mode, so root too).
  if (file && (Number(file.mode) & 0o222) === 0) throw new OutputError(shown, "readOnlyFile");
  const folder = dirname(target);
  try {
    if (!statSync(folder).isDirectory()) throw new OutputError(shown, "notAFolder");
    accessSync(folder, constants.W_OK);
  } catch (e) {
    fail(e);
  }
}
