/** One table tab of the template: a header row, formats, drop-down lists, optional rows. */
import type { Area, Lang, OutCell, OutputSheet, StyledArea } from "../types.js";
import type { TemplateTab } from "./columns.js";
import { dropDown, formatStyle } from "./formats.js";
import { headerLabel, TEMPLATE_ROWS, tabName } from "./labels.js";

/**
 * A table tab: header row 1 styled `header` (one look for the whole row: a mix of filled and
 * bare header cells read as a broken row; required columns are marked ` *`), frozen; money/date/percent formats and drop-down lists over the data rows.
 * @example tableSheet(tabSpec("budget"), "fr", []).rows[0][0] // "Poste *"
 */
export function tableSheet(spec: TemplateTab, lang: Lang, data: readonly (readonly OutCell[])[]): OutputSheet {
  if (spec.shape !== "table") throw new Error(`${spec.key} is not a table tab`);
  const dataRows = Math.max(TEMPLATE_ROWS, data.length);
  const styles: StyledArea[] = [];
  const validations: { area: Area; values: string[] }[] = [];
  spec.columns.forEach((column, col) => {
    styles.push({ row: 0, col, rows: 1, cols: 1, style: "header" });
    const style = formatStyle(column);
    if (style) styles.push({ row: 1, col, rows: dataRows, cols: 1, style });
    const values = dropDown(column, lang);
    if (values) validations.push({ area: { row: 1, col, rows: dataRows, cols: 1 }, values });
  });
  return {
    name: tabName(spec, lang),
    rows: [spec.columns.map((c) => headerLabel(c, lang)), ...data],
    columnWidths: spec.columns.map((c) => c.width),
    frozenRows: 1,
    styles,
    filters: [{ row: 0, col: 0, rows: dataRows + 1, cols: spec.columns.length }],
    charts: [],
    validations,
    // Calendrier and Budget are about 200 characters wide: printed in landscape.
    landscape: spec.columns.reduce((sum, c) => sum + c.width, 0) > PORTRAIT_CHARS,
  };
}

/** Beyond this total column width (characters), a tab prints in landscape. */
const PORTRAIT_CHARS = 120;
