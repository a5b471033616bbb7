/**
 * A problem the user can act on (a busy document, a tab we must not overwrite). Apps Script
 * shows `message` in the toast, the alert or the sidebar's failure handler — so it is a sentence.
 */
export class FicheProjetError extends Error {
  override readonly name = "FicheProjetError";
}
