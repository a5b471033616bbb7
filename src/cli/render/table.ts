/** Plain-text tables and ANSI colours for the terminal. */

export type Colour = "red" | "yellow" | "green" | "cyan" | "grey" | "bold";

const CODES: Readonly<Record<Colour, [number, number]>> = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
  grey: [90, 39],
  bold: [1, 22],
};

/** Wraps text in an ANSI colour when `on`. */
export function paint(text: string, colour: Colour, on: boolean): string {
  if (!on) return text;
  const [open, close] = CODES[colour];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

/** Terminal cells a string takes (code points; combining marks ignored). */
export function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s.normalize("NFC")) if (!/\p{M}/u.test(ch)) n++;
  return n;
}

/** Control characters from cell text are shown as spaces: a cell must not drive the terminal. */
export function printable(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");
}

function truncate(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join("")}…`;
}

export interface TextColumn {
  readonly header: string;
  readonly align?: "left" | "right";
  /** Longest text shown; longer text is cut with an ellipsis. */
  readonly max?: number;
}

/**
 * Renders rows as an aligned table; `colourOf` may colour a cell after padding.
 * @example renderTable([{ header: "A" }], [["x"]]) // "A\nx\n"
 */
export function renderTable(
  columns: readonly TextColumn[],
  rows: readonly (readonly string[])[],
  colourOf: (row: number, col: number, text: string) => string = (_r, _c, t) => t,
): string {
  const cells = rows.map((row) => columns.map((c, i) => truncate(printable(row[i] ?? ""), c.max ?? 60)));
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i] ?? ""))));
  const pad = (text: string, i: number) => {
    const gap = " ".repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(text)));
    return columns[i]?.align === "right" ? gap + text : text + gap;
  };
  const line = (texts: readonly string[], colour: (i: number, t: string) => string) =>
    texts
      .map((t, i) => colour(i, pad(t, i)))
      .join("  ")
      .trimEnd();
  const out = [
    line(
      columns.map((c) => c.header),
      (_i, t) => t,
    ),
  ];
  cells.forEach((r, ri) => {
    out.push(line(r, (i, t) => colourOf(ri, i, t)));
  });
  return `${out.join("\n")}\n`;
}
