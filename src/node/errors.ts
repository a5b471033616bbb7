/**
 * The one user-facing error of the Node host: a file that cannot be read as a workbook.
 * Its message is one line naming the file and why, in French by default.
 */
import type { Lang } from "../core/types.js";

/** Why a file cannot be read (stable keys; the message is built from them). */
export type UnreadableReason =
  | "missing"
  | "notAFile"
  | "noAccess"
  | "empty"
  | "tooLarge"
  | "encrypted"
  | "legacyXls"
  | "notZip"
  | "corrupt"
  | "notWorkbook"
  | "zipGuard";

const REASONS: Readonly<Record<UnreadableReason, { fr: string; en: string }>> = {
  missing: { fr: "fichier introuvable", en: "file not found" },
  notAFile: { fr: "ce n'est pas un fichier", en: "not a file" },
  noAccess: { fr: "lecture refusée (droits d'accès)", en: "permission denied" },
  empty: { fr: "fichier vide", en: "empty file" },
  tooLarge: { fr: "fichier trop volumineux (plus de {limit} Mo)", en: "file too large (over {limit} MB)" },
  encrypted: {
    fr: "classeur protégé par mot de passe : enregistrez-le sans mot de passe",
    en: "password-protected workbook: save it without a password",
  },
  legacyXls: {
    fr: "ancien format Excel 97-2003 (.xls) : enregistrez-le au format .xlsx",
    en: "old Excel 97-2003 format (.xls): save it as .xlsx",
  },
  notZip: { fr: "ce n'est pas un classeur .xlsx", en: "not an .xlsx workbook" },
  corrupt: { fr: "classeur tronqué ou endommagé", en: "truncated or damaged workbook" },
  notWorkbook: {
    fr: "archive zip qui n'est pas un classeur Excel (pas de xl/workbook.xml)",
    en: "zip archive that is not an Excel workbook (no xl/workbook.xml)",
  },
  zipGuard: { fr: "archive refusée", en: "archive refused" },
};

/** The text of a reason in a language, with its `{placeholders}` filled. */
export function reasonText(reason: UnreadableReason, lang: Lang, params: Record<string, string> = {}): string {
  return REASONS[reason][lang].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? "");
}

/**
 * A file that cannot be read as a workbook at all (missing, empty, not a zip, encrypted…).
 * `message` is one line: `projet.xlsx : fichier vide`.
 */
export class UnreadableWorkbookError extends Error {
  override readonly name = "UnreadableWorkbookError";
  /** The file as the user named it (a path or a display name). */
  readonly file: string;
  /** The localized reason, without the file name. */
  readonly reason: string;
  /** The stable reason key. */
  readonly code: UnreadableReason;

  constructor(file: string, reason: string, code: UnreadableReason = "corrupt", lang: Lang = "fr") {
    super(`${file}${lang === "fr" ? " : " : ": "}${reason}`);
    this.file = file;
    this.reason = reason;
    this.code = code;
  }
}
