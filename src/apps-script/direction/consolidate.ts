/**
 * The direction's folder consolidation, in batches that fit Apps Script's 6-minute limit: list
 * the folder's spreadsheets (sorted by id: a stable order), compute each one not yet recorded,
 * record it, stop after ~4.5 minutes and continue from a time-driven trigger; when every project
 * is recorded, consolidate and write the portfolio tabs. A spreadsheet that fails is recorded as
 * a failure, not retried forever and not fatal.
 */
import {
  type ConsolidationStatus,
  capacityOf,
  consolidate,
  type FileOutcome,
  failedWorkbook,
  findTabName,
  type ProjectSummaryForPortfolio,
  portfolioSheets,
  summarizeWorkbook,
} from "../../core/app/index.js";
import type { CapacityRow, Lang } from "../../core/types.js";
import { errorMessage, FicheProjetError } from "../errors.js";
import { withLock } from "../lock.js";
import { readTab, readWorkbook } from "../read.js";
import { writeOutputSheets } from "../write.js";
import { todayInZone } from "../zone.js";
import { clearJob, dropStore, type Job, loadJob, openStore, type Store, type StoredResult, saveJob } from "./store.js";
import { deleteContinuations, NEXT_BATCH_MS, scheduleContinuation, WATCHDOG_MS } from "./triggers.js";

/** Stop starting new projects after this much of the 6 minutes. */
export const BATCH_BUDGET_MS = 4.5 * 60 * 1000;
/** Leave the final write for the next batch when less than this is left. */
export const FINAL_BUDGET_MS = 5 * 60 * 1000;

export type { ConsolidationStatus } from "../../core/app/index.js";

/** `MimeType.GOOGLE_SHEETS` (the DOM's `MimeType` shadows Apps Script's enum in the typings). */
const GOOGLE_SHEETS = "application/vnd.google-apps.spreadsheet";

interface FileRef {
  readonly id: string;
  readonly name: string;
}

/** The folder's spreadsheets, sorted by id, without the direction's own spreadsheet. */
function listSpreadsheets(folderId: string, selfId: string): FileRef[] {
  const files: FileRef[] = [];
  const it = DriveApp.getFolderById(folderId).getFilesByType(GOOGLE_SHEETS);
  while (it.hasNext()) {
    const f = it.next();
    if (f.getId() !== selfId) files.push({ id: f.getId(), name: f.getName() });
  }
  return files.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const isTimeout = (error: unknown) => /maximum execution time/i.test(errorMessage(error));

/** Computes one project spreadsheet into its portfolio summary (as JSON), or its failure. */
function computeOne(file: FileRef, job: Job): { kind: "ok" | "fail"; json: string } {
  try {
    const grid = readWorkbook(SpreadsheetApp.openById(file.id));
    const outcome = summarizeWorkbook(file.name, grid, { lang: job.lang, today: job.statusDate });
    if (outcome.kind === "failed") return { kind: "fail", json: outcome.failure.message };
    return { kind: "ok", json: JSON.stringify(outcome.summary) };
  } catch (error) {
    // The runtime killing the batch is not this spreadsheet's fault: let it stop the batch.
    if (isTimeout(error)) throw error;
    return { kind: "fail", json: errorMessage(error) };
  }
}

/** The direction's own `Capacité` tab, if any: the portfolio capacity. */
function capacityIn(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): readonly CapacityRow[] {
  const sheets = spreadsheet.getSheets();
  const name = findTabName(
    sheets.map((s) => s.getName()),
    "capacite",
  );
  const tab = name === null ? undefined : sheets.find((s) => s.getName() === name);
  return tab ? capacityOf({ sheets: [readTab(tab, spreadsheet.getSpreadsheetTimeZone())] }) : [];
}

/** A stored result as the consolidation takes it. */
function outcomeOf(result: StoredResult): FileOutcome {
  return result.kind === "ok"
    ? { kind: "project", summary: JSON.parse(result.json) as ProjectSummaryForPortfolio }
    : failedWorkbook(result.name, result.json);
}

function failuresOf(store: Store) {
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
  const outcome = withLock(() =>
    writeOutputSheets(spreadsheet, portfolioSheets(portfolio), { lang: job.lang, mode: "generated" }),
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
  };
}

/** One batch of the running job (the caller holds the script lock). */
function runBatch(job: Job, started: number): ConsolidationStatus {
  scheduleContinuation(WATCHDOG_MS);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const files = listSpreadsheets(job.folderId, spreadsheet.getId());
  const store = openStore(spreadsheet);
  for (const file of files) {
    if (store.results.has(file.id)) continue;
    if (Date.now() - started > BATCH_BUDGET_MS) {
      scheduleContinuation(NEXT_BATCH_MS);
      return status("running", job, store, files.length);
    }
    const result = computeOne(file, job);
    store.record({ id: file.id, name: file.name, ...result });
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
 * Starts (or resumes) the consolidation of a Drive folder. The same folder resumes the running
 * job; another folder starts afresh.
 */
export function consolidateFolder(folderId: string, lang: Lang): ConsolidationStatus {
  const started = Date.now();
  const id = String(folderId ?? "").trim();
  if (!id)
    throw new FicheProjetError(
      "Indiquez l'identifiant ou l'adresse d'un dossier Drive. / Give a Drive folder ID or URL.",
    );
  const current = loadJob();
  return withScriptLock(current, () => {
    try {
      DriveApp.getFolderById(id);
    } catch {
      throw new FicheProjetError(`Dossier Drive introuvable ou inaccessible : ${id} / Drive folder not found: ${id}`);
    }
    let job = current;
    if (!job || job.folderId !== id) {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      dropStore(spreadsheet);
      job = { folderId: id, lang, statusDate: todayInZone(spreadsheet.getSpreadsheetTimeZone()) };
      saveJob(job);
    }
    return runBatch(job, started);
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
