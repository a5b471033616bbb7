/**
 * One exceljs cell value → one core {@link Cell}. exceljs dates are UTC-midnight based, so a
 * date is read with getUTC* components and never shifts with the machine's time zone.
 */
import { isoFromYmd, isValidYmd } from "../core/dates.js";
import type { Cell } from "../core/types.js";

type RichText = { richText: readonly { text?: unknown }[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

function richToText(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (isObject(v) && Array.isArray((v as RichText).richText)) {
    return (v as RichText).richText.map((run) => (typeof run.text === "string" ? run.text : "")).join("");
  }
  return null;
}

/** A JS Date read as its UTC calendar day; an out-of-range date becomes its ISO text (the parser then rejects it). */
function dateToCell(d: Date): Cell {
  if (Number.isNaN(d.getTime())) return null;
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return isValidYmd(y, m, day) ? { kind: "date", iso: isoFromYmd(y, m, day) } : d.toISOString();
}

/**
 * Converts what exceljs gives for `cell.value`.
 * @example toCell({ formula: "1/0", result: { error: "#DIV/0!" } }) // { kind: "error", code: "#DIV/0!" }
 */
export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return dateToCell(value);
  if (!isObject(value)) return null;
  if (typeof value.error === "string") return { kind: "error", code: value.error };
  if ("formula" in value || "sharedFormula" in value) return toCell(value.result);
  const rich = richToText(value);
  if (rich !== null) return rich;
  // Hyperlink: { text, hyperlink }, where text may itself be rich text.
  if ("hyperlink" in value || "text" in value) return richToText(value.text) ?? "";
  return null;
}
