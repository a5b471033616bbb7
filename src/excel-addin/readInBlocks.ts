/**
 * The fallback read for a workbook too large for one request (Excel on the web answers at most
 * 5 MB): first every sheet's used-range bounds, then the values and number formats in row
 * blocks of about {@link BLOCK_CELLS} cells, several blocks per request. More syncs, any size.
 */
import type { Cell, Sheet } from "../core/types.js";
import { rowsFromRange } from "./cells.js";
import type { DateSystem } from "./dateSystem.js";
import type { SheetState, WorkbookSnapshot } from "./workbookIO.js";
import { queueWorkbookState } from "./workbookState.js";

/** Cells per request in block mode: values + formats stay well under 5 MB for ordinary cells. */
const BLOCK_CELLS = 60_000;

interface Bounds {
  readonly name: string;
  readonly used: Excel.Range;
  readonly charts: Excel.ChartCollection;
  readonly filter: Excel.AutoFilter;
  readonly protection: Excel.WorksheetProtection;
}

/** Whether an Office.js error says a request or its response was too large. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded") return true;
  return error instanceof Error && /payload size/i.test(error.message);
}

/** A block of rows of one sheet, and the rows of the sheet it fills. */
interface Block {
  readonly sheet: Cell[][];
  readonly name: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * Loads blocks in one request. Cells of long text can make even a block of {@link BLOCK_CELLS}
 * cells too large a response: then each block is read alone, and a block still too large is
 * split in two halves of rows, down to one row.
 */
async function loadBlocks(context: Excel.RequestContext, blocks: readonly Block[], dates: DateSystem): Promise<void> {
  if (blocks.length === 0) return;
  const loads = blocks.map((b) => {
    const range = context.workbook.worksheets.getItem(b.name).getRangeByIndexes(b.row, b.col, b.rows, b.cols);
    range.load("values,numberFormat");
    return { b, range };
  });
  try {
    await context.sync();
  } catch (error) {
    const single = blocks.length === 1 ? blocks[0] : undefined;
    if (!isPayloadTooLarge(error) || (single && single.rows <= 1)) throw error;
    if (!single) {
      for (const b of blocks) await loadBlocks(context, [b], dates);
      return;
    }
    const half = Math.ceil(single.rows / 2);
    await loadBlocks(context, [{ ...single, rows: half }], dates);
    await loadBlocks(context, [{ ...single, row: single.row + half, rows: single.rows - half }], dates);
    return;
  }
  for (const { b, range } of loads) {
    rowsFromRange(range.values, range.numberFormat, 0, b.col, dates).forEach((row, i) => {
      b.sheet[b.row + i] = row;
    });
  }
}

/** Reads every sheet in row blocks. Returns the snapshot and the sheet names in order. */
export async function readInBlocks(context: Excel.RequestContext, blockCells = BLOCK_CELLS): Promise<WorkbookSnapshot> {
  const collection = context.workbook.worksheets;
  collection.load("items/name");
  const bookState = queueWorkbookState(context);
  await context.sync();
  const book = bookState();
  const bounds: Bounds[] = collection.items.map((item) => {
    const ws = context.workbook.worksheets.getItem(item.name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    ws.charts.load("count");
    ws.autoFilter.load("enabled");
    ws.protection.load("protected");
    return { name: item.name, used, charts: ws.charts, filter: ws.autoFilter, protection: ws.protection };
  });
  await context.sync();
  const sheets: Sheet[] = [];
  const states: SheetState[] = [];
  let queued = 0;
  const pending: Block[] = [];
  const flush = async () => {
    await loadBlocks(context, pending.splice(0), book.dateSystem);
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
        pending.push({
          sheet: rows,
          name: b.name,
          row: rowIndex + start,
          col: columnIndex,
          rows: n,
          cols: columnCount,
        });
        queued += n * columnCount;
      }
    }
    states.push({
      name: b.name,
      position,
      a1: null,
      charts: b.charts.count,
      filtered: b.filter.enabled,
      protected: b.protection.protected,
    });
  }
  if (pending.length > 0) await flush();
  return {
    grid: { sheets },
    sheets: states.map((s, i) => ({ ...s, a1: sheets[i]?.rows[0]?.[0] ?? null })),
    book,
  };
}
