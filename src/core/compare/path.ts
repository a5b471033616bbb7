/**
 * The `what` of a change: a dotted path whose segments are names (`steps.E3.forecastFinish`).
 * A segment that is not a plain word — a Poste with spaces or dots, a cell address — is written
 * JSON-quoted in brackets, as jq writes paths, so that a path always splits back unambiguously.
 */

const PLAIN = /^[\p{L}\p{N}_-]+$/u;

/**
 * The path of a change from its segments.
 * @example changePath("steps", "E3", "forecastFinish") // "steps.E3.forecastFinish"
 * @example changePath("budget", "expenses", "lines", "Travaux lot 1", "forecast") // 'budget.expenses.lines["Travaux lot 1"].forecast'
 */
export function changePath(...segments: readonly string[]): string {
  let out = "";
  for (const segment of segments) {
    if (PLAIN.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
