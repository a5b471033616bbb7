/**
 * The direction's folder consolidation, in batches that fit Apps Script's 6-minute limit: list
 * the folder's workbooks (sorted by id: a stable order), compute each one not yet recorded,
 * record it, stop after ~4.5 minutes and continue from a time-driven trigger; when every project
 * is recorded, consolidate and write the portfolio tabs. A workbook that fails is recorded as a
 * failure, not retried forever and not fatal; an .xlsx file is read by the core's reader
 * (xlsx.ts) and, when it cannot be, is such a failure with why.
 */
import {
  type ConsolidationStatus,
  consolidate,
  type FileOutcome,
  type FileProblem,
  failedWorkbook,
  fileNotes,
  findCapacity,
  findTabName,
  isInputTab,
  type ProjectSummaryForPortfolio,
  portfolioSheets,
  summarizeWorkbook,
} from "../../core/app/index.js";
import type { CapacityRow, Lang, WorkbookGrid } from "../../core/types.js";
import { errorMessage, isTimeLimit } from "../errors.js";
import { withLock } from "../lock.js";
import { messageText } from "../messages.js";
import { readCell, readTab, readWorkbook } from "../read.js";
import { writeOutputSheets } from "../write.js";
import { todayInZone } from "../zone.js";
import { type FileRef, type FolderListing, listFolder, openFolder, requireProjects } from "./folder.js";
import { clearJob, dropStore, type Job, loadJob, openStore, type Store, type StoredResult, saveJob } from "./store.js";
import { deleteContinuations, NEXT_BATCH_MS, scheduleContinuation, WATCHDOG_MS } from "./triggers.js";
import { gridFromXlsxBlob, XLSX_READER } from "./xlsx.js";

/** Stop starting new projects after this much of the 6 minutes. */
export const BATCH_BUDGET_MS = 4.5 * 60 * 1000;
/** Leave the final write for the next batch when less than this is left. */
export const FINAL_BUDGET_MS = 5 * 60 * 1000;

export type { ConsolidationStatus } from "../../core/app/index.js";

/** Why a workbook could not be read, as one phrase of the catalogue. */
function fileReason(error: unknown, lang: Lang): string {
  const message = errorMessage(error);
  if (/permission|not have access|access denied/i.test(message)) return messageText("FILE_NO_PERMISSION", {}, lang);
  return messageText("FILE_FAILED", { message }, lang);
}

/**
 * The input tabs of a spreadsheet, and — when it has no `Projet` tab — the A1 of each other tab:
 * what the application layer needs to tell a previous portfolio or report (every tab marked) from
 * a project, without reading whole generated tabs nor, for a project, any of them.
 */
function readForConsolidation(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): WorkbookGrid {
  const grid = readWorkbook(spreadsheet);
  const names = grid.sheets.map((s) => s.name);
  if (findTabName(names, "projet") !== null) return grid;
  const others = spreadsheet
    .getSheets()
    .filter((s) => !isInputTab(s.getName()))
    .map((s) => ({ name: s.getName(), rows: [[readCell(s.getRange(1, 1).getValues()[0]?.[0], "UTC")]] }));
  return { sheets: [...grid.sheets, ...others] };
}

function gridOf(file: FileRef, lang: Lang): WorkbookGrid {
  if (file.kind === "sheets") return readForConsolidation(SpreadsheetApp.openById(file.id));
  return gridFromXlsxBlob(DriveApp.getFileById(file.id).getBlob(), XLSX_READER, lang);
}

/** Computes one workbook into its portfolio summary (as JSON), or its failure. */
function computeOne(file: FileRef, job: Job, store: Store): StoredResult {
  // Unzipping happens in memory: should an .xlsx file kill the execution, the next batch finds
  // it recorded as failed instead of trying it again and again. Its real outcome replaces this.
  if (file.kind === "xlsx") {
    const interrupted = messageText("FILE_INTERRUPTED", {}, job.lang);
    store.record({ id: file.id, name: file.name, kind: "fail", json: interrupted });
  }
  try {
    const grid = gridOf(file, job.lang);
    const outcome = summarizeWorkbook(file.name, grid, { lang: job.lang, today: job.statusDate });
    if (outcome.kind === "failed") return { id: file.id, name: file.name, kind: "fail", json: outcome.failure.message };
    if (outcome.kind === "generated") return { id: file.id, name: file.name, kind: "generated", json: "" };
    if (outcome.kind === "capacity")
      return { id: file.id, name: file.name, kind: "capacity", json: JSON.stringify(outcome.capacity) };
    return { id: file.id, name: file.name, kind: "ok", json: JSON.stringify(outcome.summary) };
  } catch (error) {
    // The runtime killing the batch is not this workbook's fault: let it stop the batch.
    if (isTimeLimit(error)) throw error;
    return { id: file.id, name: file.name, kind: "fail", json: fileReason(error, job.lang) };
  }
}

/**
 * The direction's own `Capacité` tab, if any: the portfolio capacity; null without one (then a
 * capacity spreadsheet of the folder is the capacity).
 */
function capacityIn(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): readonly CapacityRow[] | null {
  const sheets = spreadsheet.getSheets();
  const name = findTabName(
    sheets.map((s) => s.getName()),
    "capacite",
  );
  const tab = name === null ? undefined : sheets.find((s) => s.getName() === name);
  return tab ? findCapacity({ sheets: [readTab(tab, spreadsheet.getSpreadsheetTimeZone())] }) : null;
}

/** A stored result as the consolidation takes it. */
function outcomeOf(result: StoredResult): FileOutcome {
  switch (result.kind) {
    case "ok":
      return { kind: "project", summary: JSON.parse(result.json) as ProjectSummaryForPortfolio };
    case "generated":
      return { kind: "generated", file: result.name };
    case "capacity":
      return { kind: "capacity", file: result.name, capacity: JSON.parse(result.json) as CapacityRow[] };
    case "fail":
      return failedWorkbook(result.name, result.json);
  }
}

function failuresOf(store: Store): FileProblem[] {
  return [...store.results.values()].filter((r) => r.kind === "fail").map((r) => ({ file: r.name, message: r.json }));
}

function status(state: ConsolidationStatus["state"], job: Job | null, store: Store | null, total: number) {
  const results = store ? [...store.results.values()] : [];
  return {
    state,
    folderId: job?.folderId ?? null,
    processed: results.length,
    total,
    projects: results.filter((r) => r.kind === "ok").length,
    failures: store ? failuresOf(store) : [],
    written: [] as string[],
    refused: [] as { sheet: string; reason: string }[],
  };
}

function finish(job: Job, store: Store, total: number): ConsolidationStatus {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const outcomes = [...store.results.values()].map(outcomeOf);
  const portfolio = consolidate({ outcomes, capacity: capacityIn(spreadsheet) }, { lang: job.lang });
  const outcome = withLock(
    () => writeOutputSheets(spreadsheet, portfolioSheets(portfolio), { lang: job.lang, mode: "generated" }),
    job.lang,
  );
  deleteContinuations();
  // Refused (an unmarked tab): keep the cursor so that "Continuer" writes without recomputing.
  if (outcome.refused.length === 0) {
    dropStore(spreadsheet);
    clearJob();
  }
  return {
    ...status("done", job, store, total),
    ...outcome,
    projects: portfolio.rows.length,
    failures: portfolio.failures,
    notes: fileNotes(portfolio),
  };
}

/** One batch of the running job (the caller holds the script lock); `listing` when already made. */
function runBatch(job: Job, started: number, listing?: FolderListing): ConsolidationStatus {
  scheduleContinuation(WATCHDOG_MS);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const found = listing ?? listFolder(job.folderId, spreadsheet.getId());
  const files = [...found.sheets, ...found.xlsx].sort((a, b) => (a.id < b.id ? -1 : 1));
  const store = openStore(spreadsheet);
  for (const file of files) {
    if (store.results.has(file.id)) continue;
    if (Date.now() - started > BATCH_BUDGET_MS) {
      scheduleContinuation(NEXT_BATCH_MS);
      return status("running", job, store, files.length);
    }
    store.record(computeOne(file, job, store));
  }
  if (Date.now() - started > FINAL_BUDGET_MS) {
    scheduleContinuation(NEXT_BATCH_MS);
    return status("running", job, store, files.length);
  }
  return finish(job, store, files.length);
}

function withScriptLock(job: Job | null, fn: () => ConsolidationStatus): ConsolidationStatus {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(1000)) return status("busy", job, null, 0);
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Starts (or resumes) the consolidation of a Drive folder given by its link or ID. The same
 * folder resumes the running job; another folder starts afresh. A link that names no folder
 * this account can open, or a folder with nothing to consolidate, is one sentence in `lang`.
 */
export function consolidateFolder(input: unknown, lang: Lang): ConsolidationStatus {
  const started = Date.now();
  const current = loadJob();
  return withScriptLock(current, () => {
    const folder = openFolder(input, lang);
    if (current && current.folderId === folder.id) return runBatch(current, started);
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const listing = listFolder(folder.id, spreadsheet.getId());
    requireProjects(folder, listing, lang);
    dropStore(spreadsheet);
    const job = { folderId: folder.id, lang, statusDate: todayInZone(spreadsheet.getSpreadsheetTimeZone()) };
    saveJob(job);
    return runBatch(job, started, listing);
  });
}

/** Continues the running job (the time-driven trigger's handler, or the menu's "Continuer"). */
export function continueConsolidation(): ConsolidationStatus {
  const started = Date.now();
  const job = loadJob();
  if (!job) {
    deleteContinuations();
    return status("idle", null, null, 0);
  }
  return withScriptLock(job, () => runBatch(job, started));
}

/** Where the running job stands, without computing anything. */
export function consolidationStatus(): ConsolidationStatus {
  const job = loadJob();
  if (!job) return status("idle", null, null, 0);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return status("running", job, openStore(spreadsheet), 0);
}
