/**
 * A simulated clock for the Apps Script fakes: every service call costs simulated milliseconds
 * and is counted, and an execution that runs past Apps Script's 6-minute limit is killed the way
 * the real runtime kills it (an exception out of whatever call crossed the line).
 */

/** Simulated cost of each call, in milliseconds (orders of magnitude seen on real scripts). */
export const COSTS: Readonly<Record<string, number>> = {
  "Range.getValues": 50,
  "Range.setValues": 100,
  "Range.setNumberFormats": 40,
  "Range.setBackgrounds": 40,
  "Range.setFontWeights": 40,
  "Range.setFontColors": 40,
  "Range.setWrapStrategies": 40,
  "Range.setRichTextValues": 60,
  "Range.setDataValidation": 40,
  "Range.createFilter": 40,
  "Sheet.getDataRange": 5,
  "Sheet.clear": 60,
  "Sheet.insertChart": 150,
  "Sheet.removeChart": 50,
  "Spreadsheet.insertSheet": 200,
  "Spreadsheet.getSheets": 20,
  "SpreadsheetApp.openById": 1500,
  "DriveApp.getFolderById": 300,
  "Folder.getFilesByType": 300,
  "FileIterator.next": 20,
  "Properties.read": 10,
  "Properties.write": 40,
  "ScriptApp.newTrigger": 150,
  "ScriptApp.deleteTrigger": 100,
  "ScriptApp.getProjectTriggers": 50,
};
/** Per-cell cost added to reads and writes of values. */
export const PER_CELL_MS = 0.01;
/** Apps Script's limit for one execution (consumer and Workspace accounts alike for triggers). */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

export class ExecutionTimeExceeded extends Error {
  constructor() {
    super("Exceeded maximum execution time");
    this.name = "Error";
  }
}

export class SimClock {
  /** Simulated epoch milliseconds. */
  now: number;
  /** Calls per service method, e.g. `Range.getValues`. */
  readonly calls = new Map<string, number>();
  private executionStart: number;
  /** A hook to simulate a crash: throw from the given call when it returns true. */
  crashWhen: ((call: string, count: number) => boolean) | null = null;

  constructor(start: number) {
    this.now = start;
    this.executionStart = start;
  }

  /** Starts a new execution (a menu click, a google.script.run call, a trigger firing). */
  startExecution(): void {
    this.executionStart = this.now;
  }

  /** Elapsed simulated time of the current execution. */
  elapsed(): number {
    return this.now - this.executionStart;
  }

  /** Records a call and advances the clock by its cost; throws past the 6-minute limit. */
  spend(call: string, cells = 0): void {
    const count = (this.calls.get(call) ?? 0) + 1;
    this.calls.set(call, count);
    if (this.crashWhen?.(call, count)) throw new Error(`Simulated crash in ${call}`);
    this.now += (COSTS[call] ?? 1) + cells * PER_CELL_MS;
    if (this.elapsed() > EXECUTION_LIMIT_MS) throw new ExecutionTimeExceeded();
  }

  count(call: string): number {
    return this.calls.get(call) ?? 0;
  }

  resetCounts(): void {
    this.calls.clear();
  }

  /** Moves time forward without a call (a trigger waiting its minute). */
  advance(ms: number): void {
    this.now += ms;
  }
}
