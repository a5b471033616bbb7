/**
 * Text that must stay text. `Range.setValues` parses strings as if typed: `=…` (and `+…`, `-…`)
 * becomes a formula, `0123` a number, `2026-03` a date, `TRUE` a boolean. A leading apostrophe
 * makes Sheets store the rest literally (and hides the apostrophe), so we add one wherever the
 * string could be read as anything but itself.
 */

const FORMULA_START = /^[=+\-@\t\r\n']/;
const LOOKS_PARSED = /^\s*(?:[-+]?[\d.,]|[$€£¥]\s*[\d.,]|\(\s*[\d.,])/;
const BOOLEAN = /^\s*(?:true|false|vrai|faux)\s*$/i;

/** Whether Sheets would store `text` as something other than this very string. */
export function needsApostrophe(text: string): boolean {
  return FORMULA_START.test(text) || LOOKS_PARSED.test(text) || BOOLEAN.test(text);
}

/**
 * The string to hand to `setValues` so that the cell shows `text`.
 * @example asPlainText("=HYPERLINK(\"http://x\")") // "'=HYPERLINK(\"http://x\")"
 */
export function asPlainText(text: string): string {
  return needsApostrophe(text) ? `'${text}` : text;
}
