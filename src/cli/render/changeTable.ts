/** Changes as terminal text: each value in the user's format, deltas signed, a table per theme. */
import { fieldLabel, healthValueWord, statusWord } from "../../core/compare/labels.js";
import type { Change, ChangeValue, FieldKey, HealthValue, ValueKind } from "../../core/compare/types.js";
import { formatDate, formatMoney, formatNumber, formatPercent } from "../../core/format.js";
import type { Issue, Lang } from "../../core/types.js";
import { type Colour, paint, renderTable } from "./table.js";

const HEALTH_COLOUR: Readonly<Record<HealthValue, Colour>> = {
  green: "green",
  amber: "yellow",
  red: "red",
  unknown: "cyan",
};

export const TABLE_WORDS = {
  fr: { what: "Quoi", before: "Avant", after: "Après", delta: "Écart", days: "j", points: "pts" },
  en: { what: "What", before: "Before", after: "After", delta: "Change", days: "d", points: "pts" },
} as const;

const isIssue = (v: ChangeValue): v is Issue => typeof v === "object" && v !== null;

/**
 * A value as the user reads it: amounts `1 234,56 €`, dates `dd/mm/yyyy`, words in the language.
 * @example valueText("money", 1234.5, "fr") // "1 234,50 €"
 */
export function valueText(kind: ValueKind, value: ChangeValue, lang: Lang, field: FieldKey | null = null): string {
  if (value === null) return "—";
  if (isIssue(value)) return value.message;
  if (typeof value === "number") {
    if (kind === "money") return formatMoney(value, lang);
    // The public aid rate is shown to two decimals of a percent (SPEC §5.2), as the 80 % cap is read.
    if (kind === "ratio") return formatPercent(value, lang, field === "publicAidRate" ? 2 : undefined);
    return formatNumber(value, lang);
  }
  if (kind === "date") return formatDate(value, lang);
  if (kind === "health") return healthValueWord(value as HealthValue, lang);
  if (kind === "status") return statusWord(value, lang);
  return value;
}

const sign = (n: number) => (n > 0 ? "+" : n < 0 ? "-" : "");

/**
 * A delta with its sign and unit: `+45 000,00 €`, `+28 j`, `+15 pts`, `-3`; empty when none.
 * @example deltaText("date", 28, "fr") // "+28 j"
 */
export function deltaText(kind: ValueKind, delta: number | null, lang: Lang): string {
  if (delta === null) return "";
  const w = TABLE_WORDS[lang];
  const abs = Math.abs(delta);
  if (kind === "money") return `${sign(delta)}${formatMoney(abs, lang)}`;
  if (kind === "ratio") return `${sign(delta)}${formatNumber(abs * 100, lang)}\u00A0${w.points}`;
  if (kind === "date") return `${sign(delta)}${formatNumber(abs, lang)}\u00A0${w.days}`;
  return `${sign(delta)}${formatNumber(abs, lang)}`;
}

/** The size of a money change, for "biggest first": its delta, or the amount on the only side it has. */
export function moneySize(change: Change): number {
  if (change.kind !== "money") return 0;
  if (change.delta !== null) return Math.abs(change.delta);
  const side = change.new ?? change.old;
  return typeof side === "number" ? Math.abs(side) : 0;
}

/** Indents every non-empty line by two spaces. */
export function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => (l ? `  ${l}` : l))
    .join("\n");
}

/**
 * The changes as a table: [subject,] what, before, after, change. With `subjectHeader`, a
 * subject is written on its first row only, so that a step's or a line's changes read as a block.
 */
export function renderChangeTable(
  changes: readonly Change[],
  lang: Lang,
  colour: boolean,
  subjectHeader: string | null,
): string {
  const w = TABLE_WORDS[lang];
  const rows = changes.map((c, i) => {
    const cells = [
      c.field === null ? "" : fieldLabel(c.field, lang),
      valueText(c.kind, c.old, lang, c.field),
      valueText(c.kind, c.new, lang, c.field),
      deltaText(c.kind, c.delta, lang),
    ];
    if (subjectHeader === null) return cells;
    const repeated = i > 0 && changes[i - 1]?.subject === c.subject;
    return [repeated ? "" : (c.subject ?? ""), ...cells];
  });
  const offset = subjectHeader === null ? 0 : 1;
  const columns = [
    ...(subjectHeader === null ? [] : [{ header: subjectHeader, max: 44 }]),
    { header: w.what, max: 44 },
    { header: w.before, align: "right" as const, max: 40 },
    { header: w.after, align: "right" as const, max: 40 },
    { header: w.delta, align: "right" as const },
  ];
  return renderTable(columns, rows, (r, c, text) => {
    const change = changes[r];
    if (change?.kind !== "health" || (c !== offset + 1 && c !== offset + 2)) return text;
    const value = c === offset + 1 ? change.old : change.new;
    return typeof value === "string" ? paint(text, HEALTH_COLOUR[value as HealthValue], colour) : text;
  });
}
