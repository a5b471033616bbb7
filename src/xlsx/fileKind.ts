/**
 * Naming what a file is when it is not an .xlsx workbook, from its first bytes or its zip
 * entries: a password-protected workbook, an old .xls, a CSV or a web page renamed, a Word
 * document, an OpenDocument spreadsheet, an .xlsb… so that a refusal says the real reason.
 */
import { XlsxReadError } from "./readErrors.js";

const NBSP = "\u00a0";

/** The UTF-16LE bytes of `EncryptionInfo`: the stream Office puts in an encrypted OOXML package. */
const ENCRYPTION_INFO = [..."EncryptionInfo"].flatMap((c) => [c.charCodeAt(0), 0]);

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0] as number;
  for (let i = bytes.indexOf(first); i >= 0 && i + needle.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && bytes[i + k] === needle[k]) k++;
    if (k === needle.length) return true;
  }
  return false;
}

/**
 * The refusal of an OLE compound file: an encrypted .xlsx (Office wraps it in a compound file
 * holding `EncryptionInfo`) or an Excel 97-2003 workbook.
 */
export function oleRefusal(bytes: Uint8Array): XlsxReadError {
  return contains(bytes, ENCRYPTION_INFO)
    ? new XlsxReadError(
        "ENCRYPTED",
        `classeur protégé par mot de passe${NBSP}: enregistrez-le sans mot de passe`,
        "password-protected workbook: save it without a password",
      )
    : new XlsxReadError(
        "LEGACY_XLS",
        `ancien format Excel 97-2003 (.xls)${NBSP}: enregistrez-le au format .xlsx`,
        "old Excel 97-2003 format (.xls): save it as .xlsx",
      );
}

const startsWith = (bytes: Uint8Array, text: string, from = 0) =>
  [...text].every((c, i) => bytes[from + i] === c.charCodeAt(0));

/** Whether the first KB reads as text (UTF-8 or Latin-1, no control characters but tab and line ends). */
function looksLikeText(head: Uint8Array): boolean {
  for (const b of head) if (b < 0x20 && b !== 9 && b !== 10 && b !== 13) return false;
  return head.length > 0;
}

/**
 * What a file that is not a zip archive is, as [French, English] reasons.
 * @example notZipReason(new TextEncoder().encode("a;b\n1;2")) // ["fichier texte (CSV…) …", …]
 */
export function notZipReason(bytes: Uint8Array): [string, string] {
  const at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const head = bytes.subarray(at, at + 1024);
  const lower = String.fromCharCode(...head.subarray(0, 512)).toLowerCase();
  const named = (fr: string, en: string): [string, string] => [
    `${fr}, pas un classeur .xlsx${NBSP}: ouvrez-le dans Excel et enregistrez-le au format .xlsx`,
    `${en}, not an .xlsx workbook: open it in Excel and save it as .xlsx`,
  ];
  if (startsWith(head, "%PDF")) return named("document PDF", "a PDF document");
  if (startsWith(head, "{\\rtf")) return named("document RTF", "an RTF document");
  if (lower.includes("urn:schemas-microsoft-com:office:spreadsheet"))
    return named("classeur XML 2003 (SpreadsheetML)", "an XML Spreadsheet 2003 file");
  if (/^\s*(<!doctype html|<html|<table)/.test(lower)) return named("page HTML renommée", "an HTML page renamed");
  if (startsWith(head, "~$") || (head[0] !== undefined && head[0] < 0x20 && head.length < 200 && !looksLikeText(head)))
    return named("fichier de verrou ou temporaire d'Office", "an Office lock or temporary file");
  if (looksLikeText(head)) return named("fichier texte (CSV ou texte renommé)", "a text file (a CSV or text renamed)");
  return [
    "ce n'est pas un classeur .xlsx (ni une archive zip ni un fichier Office)",
    "not an .xlsx workbook (neither a zip archive nor an Office file)",
  ];
}

/**
 * What a zip archive without a workbook part is, from its entry names (lower case, no leading
 * slash), as [French, English] reasons.
 */
export function notWorkbookReason(names: ReadonlySet<string>, mimetype: string | null): [string, string] {
  if (names.has("word/document.xml"))
    return ["document Word, pas un classeur Excel", "a Word document, not an Excel workbook"];
  if (names.has("ppt/presentation.xml"))
    return ["présentation PowerPoint, pas un classeur Excel", "a PowerPoint presentation, not an Excel workbook"];
  if (names.has("xl/workbook.bin"))
    return [
      `classeur binaire Excel (.xlsb)${NBSP}: enregistrez-le au format .xlsx`,
      "a binary Excel workbook (.xlsb): save it as .xlsx",
    ];
  if (names.has("mimetype") && names.has("content.xml")) {
    return mimetype?.includes("spreadsheet")
      ? [
          `classeur OpenDocument (.ods)${NBSP}: enregistrez-le au format .xlsx`,
          "an OpenDocument spreadsheet (.ods): save it as .xlsx",
        ]
      : [
          "document OpenDocument (.odt/.odp), pas un classeur Excel",
          "an OpenDocument file (.odt/.odp), not an Excel workbook",
        ];
  }
  if (names.has("index/document.iwa") || [...names].some((n) => n.startsWith("index/")))
    return [
      `document Apple Numbers${NBSP}: exportez-le au format .xlsx`,
      "an Apple Numbers document: export it as .xlsx",
    ];
  if ([...names].some((n) => n.includes("\\")))
    return [
      `archive zip dont les noms de fichiers utilisent «${NBSP}\\${NBSP}», pas un classeur .xlsx conforme${NBSP}: enregistrez-le à nouveau avec Excel`,
      'zip archive whose file names use "\\", not a conforming .xlsx workbook: save it again with Excel',
    ];
  return [
    "archive zip qui n'est pas un classeur Excel (pas de xl/workbook.xml)",
    "zip archive that is not an Excel workbook (no xl/workbook.xml)",
  ];
}
