/**
 * The consolidation's cursor. The job (folder, language, status date) is one small document
 * property; the per-project results live in a hidden sheet of the direction's spreadsheet, one
 * row per project: 300 summaries (each with its issues) would not fit PropertiesService's 500 KB,
 * and one row written by ONE `setValues` is an atomic commit — a project is either recorded
 * (then never redone) or not (then redone), whatever stops the script between two projects.
 */
import type { Lang } from "../../core/types.js";

export const JOB_PROPERTY = "fiche-projet.consolidation";
export const STATE_SHEET = "_fiche-projet-consolidation";
/** Under the 50 000-character limit of a Sheets cell. */
export const CHUNK = 40_000;

export interface Job {
  readonly folderId: string;
  readonly lang: Lang;
  /** Today in the spreadsheet's zone when the job started: the status date of a sheet without `Date d'état`. */
  readonly statusDate: string;
}

/**
 * What one spreadsheet gave: `ok`, a project (`json`: its portfolio summary); `fail` (`json`: the
 * reason); `generated`, a previous portfolio or report, skipped (`json` empty); `capacity`, a
 * capacity spreadsheet (`json`: its Capacité rows).
 */
export type StoredKind = "ok" | "fail" | "generated" | "capacity";

const KINDS: readonly string[] = ["ok", "fail", "generated", "capacity"] satisfies readonly StoredKind[];

export interface StoredResult {
  readonly id: string;
  readonly name: string;
  readonly kind: StoredKind;
  readonly json: string;
}

/** The running job, or null. */
export function loadJob(): Job | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(JOB_PROPERTY);
  if (!raw) return null;
  const job = JSON.parse(raw) as Job;
  return typeof job.folderId === "string" ? job : null;
}

export function saveJob(job: Job): void {
  PropertiesService.getDocumentProperties().setProperty(JOB_PROPERTY, JSON.stringify(job));
}

export function clearJob(): void {
  PropertiesService.getDocumentProperties().deleteProperty(JOB_PROPERTY);
}

// Every stored cell starts with an apostrophe: Sheets keeps the rest as literal text, whatever
// it looks like (a JSON chunk may start with a digit, a file name with `=`).
const literal = (s: string) => `'${s}`;

export interface Store {
  readonly results: ReadonlyMap<string, StoredResult>;
  /** Records one project: one `setValues` of one row. */
  record(result: StoredResult): void;
}

/** Opens (or creates, hidden) the state sheet and reads it with one `getValues`. */
export function openStore(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Store {
  const sheet = spreadsheet.getSheetByName(STATE_SHEET) ?? spreadsheet.insertSheet(STATE_SHEET);
  if (!sheet.isSheetHidden()) sheet.hideSheet();
  const results = new Map<string, StoredResult>();
  let lastRow = sheet.getLastRow();
  if (lastRow > 0) {
    for (const row of sheet.getDataRange().getValues()) {
      const [id, kind, name, ...chunks] = row.map((v) => String(v));
      if (!id || kind === undefined || !KINDS.includes(kind)) continue;
      // A project recorded twice (impossible unless someone edits the sheet) counts once.
      results.set(id, { id, kind: kind as StoredKind, name: name ?? "", json: chunks.join("") });
    }
  }
  return {
    results,
    record(result) {
      const chunks: string[] = [];
      for (let i = 0; i < result.json.length; i += CHUNK) chunks.push(result.json.slice(i, i + CHUNK));
      const row = [result.id, result.kind, result.name, ...chunks].map(literal);
      if (sheet.getMaxColumns() < row.length)
        sheet.insertColumnsAfter(sheet.getMaxColumns(), row.length - sheet.getMaxColumns());
      if (sheet.getMaxRows() < lastRow + 1) sheet.insertRowsAfter(sheet.getMaxRows(), 100);
      sheet.getRange(lastRow + 1, 1, 1, row.length).setValues([row]);
      lastRow += 1;
      results.set(result.id, result);
    },
  };
}

/** Removes the state sheet once the portfolio is written. */
export function dropStore(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const sheet = spreadsheet.getSheetByName(STATE_SHEET);
  if (sheet) spreadsheet.deleteSheet(sheet);
}
