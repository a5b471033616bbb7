/**
 * Text that must stay text. `Range.setValues` reads strings as if typed, by the rules of the
 * spreadsheet's locale: `=…` `+…` `-…` become formulas, `0612` and `1e5` numbers, `12 %` a
 * fraction, `1/2`, `3-4`, `10:30` and (in a French spreadsheet) `Mars 2026` dates, `TRUE` or
 * `VRAI` a boolean, and a leading apostrophe is eaten. A leading apostrophe is the UI's escape:
 * Sheets keeps the rest as typed and does not show the apostrophe.
 *
 * Every non-empty string gets one, not only those that look parseable: which strings a locale
 * parses is open-ended (month names and abbreviations of 70-odd locales, their separators, what
 * Google adds next), an apostrophe costs nothing, and a rule that guesses fails silently on the
 * first case it did not foresee. (Setting the cells' format to plain text `@` first was the
 * other route: Apps Script documents that a value beginning with `=` is a formula whatever the
 * format, so it cannot be the only guard; see docs/google-sheets.md.)
 */

/**
 * The string to hand to `setValues` so that the cell holds exactly `text`.
 * @example asPlainText("Mars 2026") // "'Mars 2026"
 * @example asPlainText("'quoted") // "''quoted"
 */
export function asPlainText(text: string): string {
  return text === "" ? "" : `'${text}`;
}
