/**
 * The fallback read for a workbook too large for one request (Excel on the web answers at most
 * 5 MB): first every sheet's used-range bounds, then the values and number formats in row
 * blocks of about {@link BLOCK_CELLS} cells, several blocks per request. More syncs, any size.
 */
import type { Cell, Sheet } from "../core/types.js";
import { rowsFromRange } from "./cells.js";
import type { SheetState, WorkbookSnapshot } from "./workbookIO.js";

/** Cells per request in block mode: values + formats stay well under 5 MB for ordinary cells. */
export const BLOCK_CELLS = 60_000;

interface Bounds {
  readonly name: string;
  readonly used: Excel.Range;
  readonly charts: Excel.ChartCollection;
  readonly filter: Excel.AutoFilter;
}

/** Whether an Office.js error says a request or its response was too large. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded") return true;
  return error instanceof Error && /payload size/i.test(error.message);
}

/** Reads every sheet in row blocks. Returns the snapshot and the sheet names in order. */
export async function readInBlocks(context: Excel.RequestContext, blockCells = BLOCK_CELLS): Promise<WorkbookSnapshot> {
  const collection = context.workbook.worksheets;
  collection.load("items/name");
  await context.sync();
  const bounds: Bounds[] = collection.items.map((item) => {
    const ws = context.workbook.worksheets.getItem(item.name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    ws.charts.load("count");
    ws.autoFilter.load("enabled");
    return { name: item.name, used, charts: ws.charts, filter: ws.autoFilter };
  });
  await context.sync();
  const sheets: Sheet[] = [];
  const states: SheetState[] = [];
  let queued = 0;
  const pending: { sheet: Cell[][]; range: Excel.Range; row: number; col: number }[] = [];
  const flush = async () => {
    await context.sync();
    for (const p of pending.splice(0)) {
      const rows = rowsFromRange(p.range.values, p.range.numberFormat, 0, p.col);
      rows.forEach((row, i) => {
        p.sheet[p.row + i] = row;
      });
    }
    queued = 0;
  };
  for (const [position, b] of bounds.entries()) {
    const rows: Cell[][] = [];
    sheets.push({ name: b.name, rows });
    if (!b.used.isNullObject) {
      const { rowIndex, columnIndex, rowCount, columnCount } = b.used;
      for (let r = 0; r < rowIndex; r++) rows.push([]);
      const perBlock = Math.max(1, Math.floor(blockCells / Math.max(1, columnCount)));
      for (let start = 0; start < rowCount; start += perBlock) {
        const n = Math.min(perBlock, rowCount - start);
        if (queued > 0 && queued + n * columnCount > blockCells) await flush();
        const ws = context.workbook.worksheets.getItem(b.name);
        const range = ws.getRangeByIndexes(rowIndex + start, columnIndex, n, columnCount);
        range.load("values,numberFormat");
        pending.push({ sheet: rows, range, row: rowIndex + start, col: columnIndex });
        queued += n * columnCount;
      }
    }
    states.push({ name: b.name, position, a1: null, charts: b.charts.count, filtered: b.filter.enabled });
  }
  if (pending.length > 0) await flush();
  return {
    grid: { sheets },
    sheets: states.map((s, i) => ({ ...s, a1: sheets[i]?.rows[0]?.[0] ?? null })),
  };
}
