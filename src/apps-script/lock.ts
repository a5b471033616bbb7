/**
 * Every write runs under the document lock so that two sidebars (or a sidebar and a menu) cannot
 * interleave their writes to the same tabs.
 */
import type { Lang } from "../core/types.js";
import { FicheProjetError } from "./errors.js";

export const LOCK_WAIT_MS = 30_000;

/** Runs `fn` holding `lock` (the document lock by default); a busy lock is a sentence in `lang`. */
export function withLock<T>(
  fn: () => T,
  lang: Lang,
  lock: GoogleAppsScript.Lock.Lock | null = LockService.getDocumentLock(),
): T {
  // getDocumentLock is null outside a container-bound context; there is nothing to share then.
  if (!lock) return fn();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    throw new FicheProjetError("LOCK_BUSY", {}, lang);
  }
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
