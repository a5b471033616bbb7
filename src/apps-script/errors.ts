/**
 * Errors the user can act on. A {@link FicheProjetError} is a code and its params; its message is
 * the catalogue's sentence (messages.ts) in the caller's language, so Apps Script shows it as
 * is in a toast, an alert or the sidebar's failure handler.
 */
import type { Lang } from "../core/types.js";
import { type ErrorCode, type ErrorParams, messageText, TIME_LIMIT_MESSAGE } from "./messages.js";

/** A problem the user can act on: what is wrong and what to do, in their language. */
export class FicheProjetError<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name = "FicheProjetError";
  constructor(
    readonly code: C,
    readonly params: ErrorParams[C],
    readonly lang: Lang,
  ) {
    // ErrorParams[C] is one member of the catalogue's params, which TypeScript cannot see for a generic C.
    super(messageText(code, params as never, lang));
  }
}

/**
 * The message of anything thrown. Not `instanceof Error`: an exception from a service may come
 * from another realm (the fakes' in tests), and `String(error)` would prefix "Error: ".
 */
export function errorMessage(error: unknown): string {
  if (error !== null && typeof error === "object" && "message" in error) return String(error.message);
  return String(error);
}

/** Whether the runtime stopped the execution at its 6-minute limit. */
export function isTimeLimit(error: unknown): boolean {
  return TIME_LIMIT_MESSAGE.test(errorMessage(error));
}

/**
 * Anything thrown, as a {@link FicheProjetError}: ours as they are, the 6-minute limit as its
 * sentence, anything else as an unexpected error quoting its message.
 */
export function asUserError(error: unknown, lang: Lang, role: "lead" | "direction"): FicheProjetError {
  if (error instanceof FicheProjetError) return error;
  if (isTimeLimit(error)) return new FicheProjetError("TIME_LIMIT", { role }, lang);
  return new FicheProjetError("UNEXPECTED", { message: errorMessage(error) }, lang);
}

/**
 * Runs a function the sidebar calls: whatever it throws reaches the page as one sentence in the
 * page's language.
 */
export function forSidebar<T>(lang: Lang, role: "lead" | "direction", fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw asUserError(error, lang, role);
  }
}
