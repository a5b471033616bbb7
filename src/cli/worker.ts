/**
 * The worker thread of `consolidate` (bundled as dist/consolidate-worker.js): receives
 * `{ id, task, opts }`, answers `{ id, outcome }` — only the small plain summary crosses back.
 */
import { parentPort } from "node:worker_threads";
import { type SummarizeOptions, type SummarizeTask, summarizeFile } from "./workerTask.js";

/** A request from the pool. */
export interface WorkerRequest {
  readonly id: number;
  readonly task: SummarizeTask;
  readonly opts: SummarizeOptions;
}

parentPort?.on("message", async (req: WorkerRequest) => {
  const outcome = await summarizeFile(req.task, req.opts);
  parentPort?.postMessage({ id: req.id, outcome });
});
