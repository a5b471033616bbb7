/** One place that reads a cell as a column's declared type (HyperFormula-style argument conversion). */
import type { TemplateColumn } from "../template/columns.js";
import type { Cell } from "../types.js";
import { readAmount } from "./amount.js";
import { readDate } from "./date.js";
import { readEnum } from "./enum.js";
import { readList } from "./list.js";
import { readMonth } from "./month.js";
import { readNumber } from "./number.js";
import type { ReadOutcome } from "./outcome.js";
import { readPercent } from "./percent.js";
import { readText } from "./text.js";
import { readYear } from "./year.js";
import { readYesNo } from "./yesno.js";

/** A typed cell value: text, list, number, ISO date/month, boolean. */
export type CellValue = string | number | boolean | readonly string[];

/**
 * A cell read as the type of `column` (formula errors are the caller's concern).
 * @example readAs("45 %", { type: "percent" }) // { ok: true, value: 0.45 }
 */
export function readAs(
  cell: Cell,
  column: Pick<TemplateColumn, "type" | "enumKey" | "separators">,
): ReadOutcome<CellValue> {
  switch (column.type) {
    case "text":
      return readText(cell);
    case "list":
      return readList(cell, column.separators);
    case "amount":
      return readAmount(cell);
    case "date":
      return readDate(cell);
    case "percent":
      return readPercent(cell);
    case "month":
      return readMonth(cell);
    case "year":
      return readYear(cell);
    case "number":
      return readNumber(cell);
    case "yesno":
      return readYesNo(cell);
    case "enum":
      if (!column.enumKey) throw new Error("An enum column needs an enumKey");
      return readEnum(cell, column.enumKey);
  }
}
