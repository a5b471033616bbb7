/** The key two spellings of a service name share. */
import { normalizeLabel } from "../cells/normalize.js";

/**
 * Normalizes a service name for matching: the parser's and the checks' own loose matching
 * (accents stripped, lower case, spaces collapsed), so that the staffing results and the
 * DIGITAL_SERVICE_ABSENT check always agree.
 * @example normalizeName("  Usages  NUMÉRIQUES ") // "usages numeriques"
 */
export function normalizeName(name: string): string {
  return normalizeLabel(name);
}
