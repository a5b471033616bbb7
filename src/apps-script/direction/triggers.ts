/**
 * The continuation triggers. Each batch first arms a watchdog (fires after the 6-minute limit,
 * so a batch killed or crashed is resumed), then, when it stops on its own, replaces it by a
 * trigger one minute later. One-off triggers stay listed after they fire, so each batch deletes
 * the old ones (a script may hold 20).
 */
export const CONTINUE_HANDLER = "ficheProjetContinue";
export const NEXT_BATCH_MS = 60 * 1000;
export const WATCHDOG_MS = 7 * 60 * 1000;

/** Deletes every continuation trigger of this project. */
export function deleteContinuations(): void {
  for (const t of ScriptApp.getProjectTriggers()) {
    if (t.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(t);
  }
}

/** Replaces the continuation triggers by one firing after `ms`. */
export function scheduleContinuation(ms: number): void {
  deleteContinuations();
  ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(ms).create();
}
