/**
 * The Sheets implementation of the panel's host, over `google.script.run`: each method calls a
 * top-level function of Code.js. Only plain objects and ISO date strings cross that boundary.
 * Every failure reaches the panel as one sentence saying what to do (an `ActionableError`): the script's
 * own (errors.ts), or, for what only the page sees (the 6-minute limit that kills the
 * execution, a lost connection), the catalogue's.
 */
import type { ConsolidationStatus } from "../../core/app/index.js";
import type { CheckDocument, Lang } from "../../core/types.js";
import {
  ActionableError,
  type ConsolidateOutcome,
  type PanelHost,
  type ProjectSummary,
  type WriteOutcome,
} from "../../panel/host.js";
import { type ErrorCode, type ErrorParams, messageText, TIME_LIMIT_MESSAGE } from "../messages.js";

/** The shape of `google.script.run` (each call needs a fresh chain of handlers). */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  readonly [name: string]: unknown;
}

/** Which Apps Script project serves this sidebar. */
export type SidebarRole = "lead" | "direction";

export interface SheetsHostOptions {
  readonly role: SidebarRole;
  /** How to wait between two polls of a busy consolidation (tests pass a shorter one). */
  readonly wait?: (ms: number) => Promise<void>;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === "object" && "message" in error) return String((error as { message: unknown }).message);
  return String(error);
}

/** What `google.script.run` reports before the script could answer (Apps Script's client errors). */
const TRANSPORT = /^(?:NetworkError|ScriptError)\b|server error occurred/i;

/**
 * A {@link PanelHost} over `google.script.run`.
 * @example mountPanel(root, createSheetsHost(google.script.run, { role: "lead" }))
 */
export function createSheetsHost(run: ScriptRunner, options: SheetsHostOptions): PanelHost {
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const has = (name: string) => typeof run[name] === "function";
  const fail = <C extends ErrorCode>(code: C, params: ErrorParams[C], lang: Lang) =>
    new ActionableError(messageText(code, params as never, lang));

  /** The sentence the panel shows for a failure reported by google.script.run. */
  function failureOf(error: unknown, lang: Lang): ActionableError {
    const message = messageOf(error);
    if (TIME_LIMIT_MESSAGE.test(message)) return fail("TIME_LIMIT", { role: options.role }, lang);
    if (TRANSPORT.test(message)) return fail("CONNECTION", { message }, lang);
    return new ActionableError(message);
  }

  function call<T>(lang: Lang, name: string, ...args: unknown[]): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const runner = run
        .withSuccessHandler((value) => resolve(value as T))
        .withFailureHandler((error) => {
          reject(failureOf(error, lang));
        });
      const fn = runner[name];
      if (typeof fn !== "function") {
        reject(fail("UNEXPECTED", { message: `${name} is not available in this Apps Script project` }, lang));
        return;
      }
      (fn as (...a: unknown[]) => void).apply(runner, args);
    });
  }

  return {
    kind: "sheets",
    summary: (lang = "fr") => call<ProjectSummary>(lang, "ficheProjetSummary", lang),
    createTemplate: (lang) => call<WriteOutcome>(lang, "ficheProjetCreateTemplate", lang),
    check: (lang) => call<CheckDocument>(lang, "ficheProjetCheck", lang),
    compute: (lang) => call<Awaited<ReturnType<PanelHost["compute"]>>>(lang, "ficheProjetCompute", lang),
    selectCell: (sheet, cell, lang = "fr") => call<void>(lang, "ficheProjetSelect", sheet, cell, lang),
    async consolidate(input, lang, progress): Promise<ConsolidateOutcome> {
      if (!has("ficheProjetConsolidateFolder")) throw fail("CONSOLIDATE_NOT_HERE", {}, lang);
      if (!input.folderId) throw fail("FOLDER_MISSING", {}, lang);
      let status = await call<ConsolidationStatus>(lang, "ficheProjetConsolidateFolder", input.folderId, lang);
      // Each call is one execution (≤ 6 min); the triggers continue too, the lock keeps them apart.
      while (status.state === "running" || status.state === "busy") {
        if (status.state === "running") progress(status.processed, status.total, "");
        else await wait(5000);
        status = await call<ConsolidationStatus>(lang, "ficheProjetContinue");
      }
      return {
        projects: status.projects,
        failures: status.failures,
        written: status.written,
        refused: status.refused,
      };
    },
  };
}
