/**
 * Office failures turned into one sentence that says what to do. An Office error carries a
 * `code` ("Error codes are not localized") and a `message` that "isn't intended for consumption
 * by end users; you should use the error code and appropriate business logic to determine the
 * error message that your add-in shows" (Microsoft, "Error handling with the application-specific
 * JavaScript APIs", https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * The codes are that page's tables and `Excel.ErrorCodes` / `OfficeExtension.ErrorCodes` of
 * @types/office-js; the sentences are in messages.ts.
 */
import type { Lang } from "../core/types.js";
import { ActionableError } from "../panel/host.js";
import {
  type Advice,
  adviceSentence,
  type ExcelAction,
  interruptedSentence,
  templateLeftoverSentence,
} from "./messages.js";

/** Which advice each code gets; a code not listed gets `unknown` (the sentence names the code). */
const ADVICE_BY_CODE: Readonly<Record<string, Advice>> = {
  InvalidOperationInCellEditMode: "cellEdit",
  // "Delay execution while cell is being edited" says a batch run during a cell edit fails with
  // `InvalidOperation`; the error table says `InvalidOperationInCellEditMode`. Both are advised
  // to end the edit (and close a dialog, the other usual cause of InvalidOperation).
  InvalidOperation: "refused",
  AccessDenied: "accessDenied",
  ItemAlreadyExists: "exists",
  RequestPayloadSizeLimitExceeded: "tooLarge",
  ResponsePayloadSizeLimitExceeded: "tooLarge",
  RangeExceedsLimit: "tooLarge",
  OperationCellsExceedLimit: "tooLarge",
  GeneralException: "internal",
  ItemNotFound: "gone",
  InvalidReference: "gone",
  InvalidObjectPath: "gone",
  Unauthenticated: "signIn",
  ServiceNotAvailable: "unavailable",
  ActivityLimitReached: "unavailable",
  MemoryLimitReached: "unavailable",
  RequestAborted: "unavailable",
  ConnectionFailure: "unavailable",
  Conflict: "conflict",
  InsertDeleteConflict: "conflict",
  MergedRangeConflict: "conflict",
  FilteredRangeConflict: "conflict",
  PivotTableRangeConflict: "conflict",
  InactiveWorkbook: "inactive",
  UnsupportedSheet: "chartSheet",
  ApiNotFound: "version",
  ApiNotAvailable: "version",
  NotImplemented: "version",
  UnsupportedOperation: "version",
};

/**
 * The Office error code of a thrown value (`OfficeExtension.Error.code`), or null when it is not
 * an Office error (a bug of ours, or a file that could not be read: those keep their message).
 * @example officeErrorCode({ name: "RichApi.Error", code: "AccessDenied", message: "…" }) // "AccessDenied"
 */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[A-Za-z]+$/.test(code) ? code : null;
}

/**
 * The sentence for an Office error during `action`, or null when `error` is not one.
 * @example officeErrorSentence({ code: "InvalidOperationInCellEditMode" }, "compute", "fr") // "Une cellule est en cours…"
 */
export function officeErrorSentence(error: unknown, action: ExcelAction, lang: Lang): string | null {
  const code = officeErrorCode(error);
  if (code === null) return null;
  return adviceSentence(ADVICE_BY_CODE[code] ?? "unknown", action, lang, code);
}

/**
 * Thrown by a write that stopped after some of its requests went through: the tabs it may have
 * left half-written (their A1 says so) and the Office error that stopped it.
 */
export class InterruptedWriteError extends Error {
  override readonly name = "InterruptedWriteError";
  constructor(
    readonly tabs: readonly string[],
    readonly failure: unknown,
  ) {
    super(`write interrupted in ${tabs.join(", ")}`);
  }
}

/**
 * Thrown by Créer la fiche when a write failed and the tabs it had added could not be deleted
 * again: they may be incomplete, and Créer la fiche skips a tab that exists.
 */
export class TemplateLeftoverError extends Error {
  override readonly name = "TemplateLeftoverError";
  constructor(
    readonly tabs: readonly string[],
    readonly failure: unknown,
  ) {
    super(`template tabs left incomplete: ${tabs.join(", ")}`);
  }
}

/**
 * What the pane shows for an error during `action`: an Office error (or a write it interrupted)
 * becomes an {@link ActionableError} with the sentence; anything else is thrown back as it is.
 */
export function explainedError(error: unknown, action: ExcelAction, lang: Lang): unknown {
  if (error instanceof ActionableError) return error;
  if (error instanceof TemplateLeftoverError) {
    const failure = error.failure;
    const cause =
      officeErrorSentence(failure, action, lang) ?? (failure instanceof Error ? failure.message : String(failure));
    return new ActionableError(`${templateLeftoverSentence(error.tabs, lang)} ${cause}`);
  }
  if (error instanceof InterruptedWriteError) {
    const job = action === "consolidate" ? "consolidate" : "compute";
    const failure = error.failure;
    const cause =
      officeErrorSentence(failure, action, lang) ?? (failure instanceof Error ? failure.message : String(failure));
    return new ActionableError(`${interruptedSentence(error.tabs, job, lang)} ${cause}`);
  }
  const sentence = officeErrorSentence(error, action, lang);
  return sentence === null ? error : new ActionableError(sentence);
}
