/** Spreadsheets filled from the core's own template + example projects (no build, no esbuild). */
import type { Cell, OutCell, OutputSheet, WorkbookGrid } from "../../src/core/types.js";
import type { FakeSpreadsheet } from "../fakes/gas/index.js";

/** An output cell as a person would have typed it into a sheet (links keep their text). */
export function asInputCell(cell: OutCell): Cell {
  if (cell !== null && typeof cell === "object" && cell.kind === "link") return cell.text;
  return cell;
}

/** The core's grid of some output sheets (what the CLI would read from the same tabs). */
export function gridOf(sheets: readonly OutputSheet[]): WorkbookGrid {
  return { sheets: sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map(asInputCell)) })) };
}

/** Fills a fake spreadsheet with the same tabs (dates become Dates at midnight in its zone). */
export function fill(ss: FakeSpreadsheet, sheets: readonly OutputSheet[]): FakeSpreadsheet {
  for (const s of sheets)
    ss.addSheet(
      s.name,
      s.rows.map((r) => r.map(asInputCell)),
    );
  return ss;
}

/** A copy of template sheets with the Projet tab's value for `label` replaced. */
export function withProjectValue(sheets: readonly OutputSheet[], label: string, value: OutCell): OutputSheet[] {
  return sheets.map((s) =>
    s.name !== "Projet"
      ? s
      : {
          ...s,
          rows: s.rows.map((r) =>
            typeof r[0] === "string" && r[0].startsWith(label) ? [r[0], value, ...r.slice(2)] : r,
          ),
        },
  );
}

/** JSON round trip: what google.script.run and `check --json` both deliver. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
