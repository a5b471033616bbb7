/**
 * A small pool of worker threads for `consolidate`: each file is read, guarded, analysed and
 * summarised in a worker, and only its small plain summary (or its failure) comes back. Results
 * are kept by the file's index, so the output is the same as a run in one thread.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { failedWorkbook } from "../core/app/index.js";
import type { WorkerRequest } from "./worker.js";
import { failureMessage, type SummarizeOptions, type SummarizeOutcome, type SummarizeTask } from "./workerTask.js";

/** Most worker threads (reading is CPU-bound; more would only cost memory). */
export const MAX_WORKERS = 4;
/** Below this many files, starting workers costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 8;
/**
 * Fewest cores for workers by default. On two cores, measured with `npm run bench` (300 typical
 * fiches, a quiet machine): one thread 1.62 s wall, two workers 2.31 s, for twice the CPU — each
 * worker starts, compiles and warms the same code for a share of files too small to pay for it,
 * while the main thread still builds and writes the portfolio. So workers from three cores.
 */
export const MIN_CORES_FOR_WORKERS = 3;
/** The worker's bundle, built beside the CLI's by scripts/build-cli.mjs. */
export const WORKER_BUNDLE = "consolidate-worker.js";

/**
 * The worker bundle beside this module (dist/consolidate-worker.js when running the built CLI),
 * or null when there is none (running from the TypeScript sources): then files are read in-process.
 */
export function workerFile(base: string = import.meta.url): string | null {
  const url = new URL(`./${WORKER_BUNDLE}`, base);
  if (url.protocol !== "file:") return null;
  const path = fileURLToPath(url);
  return existsSync(path) ? path : null;
}

/**
 * How many workers read `files` files: `FICHE_PROJET_WORKERS` when set (0 = in this thread),
 * else none below {@link MIN_CORES_FOR_WORKERS} cores or for fewer than
 * {@link MIN_FILES_FOR_WORKERS} files, else one per core up to {@link MAX_WORKERS}. Never more
 * than there are files.
 * @example workerCount(500, {}, 4) // 4 ; workerCount(500, {}, 2) // 0
 */
export function workerCount(
  files: number,
  env: Readonly<Record<string, string | undefined>>,
  cores: number = availableParallelism(),
): number {
  const forced = env.FICHE_PROJET_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced.trim())) return Math.min(Number(forced), MAX_WORKERS * 4, files);
  if (cores < MIN_CORES_FOR_WORKERS || files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.min(cores, MAX_WORKERS, files);
}

/** Called when a file is handed to a worker: files done so far, the file now read. */
export type OnProgress = (done: number, current: string) => void;

/**
 * Summarises `tasks` in `count` workers running `file`; the outcomes are in the tasks' order.
 * A worker that dies (a crash, out of memory) fails its file with an internal error and is replaced.
 */
export function summarizeInWorkers(
  tasks: readonly SummarizeTask[],
  opts: SummarizeOptions,
  count: number,
  file: string,
  onProgress: OnProgress,
): Promise<SummarizeOutcome[]> {
  const outcomes: SummarizeOutcome[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const live = new Set<Worker>();
  return new Promise((resolve) => {
    const finish = () => {
      for (const w of live) void w.terminate();
      live.clear();
      resolve(outcomes);
    };
    const spawn = () => {
      const worker = new Worker(file);
      let current = -1;
      let lastError: unknown = null;
      live.add(worker);
      const feed = () => {
        if (next >= tasks.length) {
          current = -1;
          if (done === tasks.length) finish();
          return;
        }
        current = next++;
        const task = tasks[current] as SummarizeTask;
        onProgress(done, task.display);
        worker.postMessage({ id: current, task, opts } satisfies WorkerRequest);
      };
      worker.on("message", (msg: { id: number; outcome: SummarizeOutcome }) => {
        outcomes[msg.id] = msg.outcome;
        done++;
        // The last files: nothing new to read, but the count still moves.
        if (next >= tasks.length) onProgress(done, "");
        feed();
      });
      worker.on("error", (e) => {
        lastError = e;
      });
      worker.on("exit", () => {
        if (!live.delete(worker) || current < 0) return;
        const task = tasks[current] as SummarizeTask;
        const message = failureMessage(lastError ?? new Error("worker exited"), opts.job.lang);
        outcomes[current] = { outcome: failedWorkbook(task.display, message) };
        done++;
        if (next < tasks.length) spawn();
        else if (done === tasks.length) finish();
      });
      feed();
    };
    for (let i = 0; i < Math.min(count, tasks.length); i++) spawn();
    if (tasks.length === 0) finish();
  });
}
