/**
 * The Drive folder the direction consolidates: what the user typed, the folder it names (or a
 * sentence saying why it is not one), and its files by kind. Google Sheets files are read with
 * `SpreadsheetApp.openById`; `.xlsx` files by the core's reader (xlsx.ts).
 */
import type { Lang } from "../../core/types.js";
import { FicheProjetError } from "../errors.js";

/** `MimeType.GOOGLE_SHEETS` and `MimeType.MICROSOFT_EXCEL` (the DOM's `MimeType` shadows Apps Script's enum in the typings). */
export const GOOGLE_SHEETS = "application/vnd.google-apps.spreadsheet";
export const MICROSOFT_EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** What the user typed, read: a folder's ID, another kind of Drive item, or nothing usable. */
export type FolderInput =
  | { readonly kind: "id"; readonly id: string }
  | { readonly kind: "spreadsheet" | "file"; readonly id: string }
  | { readonly kind: "missing" | "other" };

const DRIVE_ID = /^[\w-]{10,}$/;

/**
 * Reads a folder link or ID as typed or pasted.
 * @example parseFolderInput("https://drive.google.com/drive/u/0/folders/1AbC…?usp=sharing") // { kind: "id", id: "1AbC…" }
 * @example parseFolderInput("https://docs.google.com/spreadsheets/d/1XyZ…/edit") // { kind: "spreadsheet", id: "1XyZ…" }
 */
export function parseFolderInput(input: unknown): FolderInput {
  const text = String(input ?? "").trim();
  if (!text) return { kind: "missing" };
  const folder = /\/folders\/([\w-]+)/.exec(text)?.[1];
  if (folder) return { kind: "id", id: folder };
  const sheet = /docs\.google\.com\/spreadsheets\/d\/([\w-]+)/.exec(text)?.[1];
  if (sheet) return { kind: "spreadsheet", id: sheet };
  const file = /(?:docs\.google\.com\/\w+|drive\.google\.com\/file)\/d\/([\w-]+)/.exec(text)?.[1];
  if (file) return { kind: "file", id: file };
  const param = /[?&]id=([\w-]+)/.exec(text)?.[1];
  if (param) return { kind: "id", id: param };
  return DRIVE_ID.test(text) ? { kind: "id", id: text } : { kind: "other" };
}

/** A folder the script can list. */
export interface DriveFolder {
  readonly id: string;
  readonly name: string;
}

/** Why an ID that is not an open folder fails: it is a file, or Drive does not give it to this account. */
function notAFolder(id: string, input: string, lang: Lang): FicheProjetError {
  try {
    const mime = DriveApp.getFileById(id).getMimeType();
    return new FicheProjetError(
      "FOLDER_LINK_NOT_FOLDER",
      { input, what: mime === GOOGLE_SHEETS ? "spreadsheet" : "file" },
      lang,
    );
  } catch {
    return new FicheProjetError("FOLDER_INACCESSIBLE", { id }, lang);
  }
}

/** The folder `input` names; throws one sentence in `lang` when it names none this account can open. */
export function openFolder(input: unknown, lang: Lang): DriveFolder {
  const parsed = parseFolderInput(input);
  const typed = String(input ?? "").trim();
  if (parsed.kind === "missing") throw new FicheProjetError("FOLDER_MISSING", {}, lang);
  if (parsed.kind === "other")
    throw new FicheProjetError("FOLDER_LINK_NOT_FOLDER", { input: typed, what: "other" }, lang);
  if (parsed.kind !== "id")
    throw new FicheProjetError("FOLDER_LINK_NOT_FOLDER", { input: typed, what: parsed.kind }, lang);
  try {
    const folder = DriveApp.getFolderById(parsed.id);
    return { id: parsed.id, name: folder.getName() };
  } catch {
    throw notAFolder(parsed.id, typed, lang);
  }
}

/** A workbook of the folder. */
export interface FileRef {
  readonly id: string;
  readonly name: string;
  readonly kind: "sheets" | "xlsx";
}

/** The folder's files by kind, each list sorted by ID (a stable order across batches). */
export interface FolderListing {
  readonly sheets: readonly FileRef[];
  readonly xlsx: readonly FileRef[];
  /** Files of other kinds (documents, PDFs…): not project sheets. */
  readonly others: number;
}

const byId = (a: FileRef, b: FileRef) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Lists the folder's files (not its subfolders), without the direction's own spreadsheet nor trashed files. */
export function listFolder(folderId: string, selfId: string): FolderListing {
  const sheets: FileRef[] = [];
  const xlsx: FileRef[] = [];
  let others = 0;
  const it = DriveApp.getFolderById(folderId).getFiles();
  while (it.hasNext()) {
    const f = it.next();
    const id = f.getId();
    // A trashed file stays its folder's child until the trash is emptied.
    if (id === selfId || f.isTrashed()) continue;
    const mime = f.getMimeType();
    if (mime === GOOGLE_SHEETS) sheets.push({ id, name: f.getName(), kind: "sheets" });
    else if (mime === MICROSOFT_EXCEL || /\.xlsx$/i.test(f.getName()))
      xlsx.push({ id, name: f.getName(), kind: "xlsx" });
    else others++;
  }
  return { sheets: sheets.sort(byId), xlsx: xlsx.sort(byId), others };
}

/** Throws one sentence when the folder holds nothing to consolidate (checked when a job starts). */
export function requireProjects(folder: DriveFolder, listing: FolderListing, lang: Lang): void {
  const { sheets, xlsx, others } = listing;
  if (sheets.length > 0 || xlsx.length > 0) return;
  if (others === 0) throw new FicheProjetError("FOLDER_EMPTY", { folder: folder.name }, lang);
  throw new FicheProjetError("FOLDER_NO_SPREADSHEET", { folder: folder.name, count: others }, lang);
}
