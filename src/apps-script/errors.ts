/**
 * A problem the user can act on (a busy document, a tab we must not overwrite). Apps Script
 * shows `message` in the toast, the alert or the sidebar's failure handler — so it is a sentence.
 */
export class FicheProjetError extends Error {
  override readonly name = "FicheProjetError";
}

/**
 * The message of anything thrown. Not `instanceof Error`: an exception from a service may come
 * from another realm (the fakes' in tests), and `String(error)` would prefix "Error: ".
 */
export function errorMessage(error: unknown): string {
  if (error !== null && typeof error === "object" && "message" in error) return String(error.message);
  return String(error);
}
