/** Output grids read back as a workbook, the way a host would after writing them. */
import type { ExampleProject } from "../examples/types.js";
import type { Cell, Lang, OutCell, OutputSheet, WorkbookGrid } from "../types.js";
import { buildTemplateSheets } from "./sheets.js";

/** The cell a host reads back from a written cell: a link reads as its text. */
function readBack(cell: OutCell): Cell {
  return cell !== null && typeof cell === "object" && cell.kind === "link" ? cell.text : cell;
}

/**
 * The workbook a host would read after writing these sheets (values only).
 * @example outputSheetsToGrid([{ name: "A", rows: [["x", 1]], … }]).sheets[0].rows // [["x", 1]]
 */
export function outputSheetsToGrid(sheets: readonly OutputSheet[]): WorkbookGrid {
  return { sheets: sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map(readBack)) })) };
}

/**
 * An example project as the workbook `template --example` writes, ready for the parser.
 * @example parseWorkbook(exampleGrid(MEDIATHEQUE)).fiche.project.code // "MED-2025-01"
 */
export function exampleGrid(project: ExampleProject, lang: Lang = "fr"): WorkbookGrid {
  return outputSheetsToGrid(buildTemplateSheets({ lang, example: project }));
}
