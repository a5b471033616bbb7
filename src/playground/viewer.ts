/**
 * The playground's sheet viewer: tabs of the in-memory workbook and a read-only grid of the
 * shown tab (first rows only), the selection highlighted. Text through textContent only.
 */
import { columnLetter } from "../core/cells/a1.js";
import type { MemWorkbook } from "./fake/index.js";

/** Rows drawn at most. */
const VIEWER_ROWS = 300;

function rectOf(address: string): { row: number; col: number } | null {
  const m = /^([A-Z]+)(\d+)/.exec(address);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1] ?? "") col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function display(value: string | number | boolean, format: string): string {
  if (typeof value === "number" && /[dy]/i.test(format.replace(/"[^"]*"/g, "")) && value > 0) {
    const ms = Date.UTC(1899, 11, 30) + Math.floor(value) * 86_400_000;
    return new Date(ms).toISOString().slice(0, 10);
  }
  return String(value);
}

/** Draws the tabs and the grid of `shown` into `root`. */
export function renderViewer(
  root: HTMLElement,
  model: MemWorkbook,
  shown: string | null,
  onTab: (name: string) => void,
): void {
  const tabs = document.createElement("div");
  tabs.className = "pg-tabs";
  tabs.setAttribute("role", "tablist");
  for (const sheet of model.sheets) {
    const tab = document.createElement("button");
    tab.type = "button";
    tab.className = "pg-tab";
    tab.setAttribute("role", "tab");
    tab.setAttribute("aria-selected", String(sheet.name === shown));
    tab.textContent = sheet.name;
    tab.addEventListener("click", () => onTab(sheet.name));
    tabs.append(tab);
  }
  const sheet = shown ? model.sheet(shown) : undefined;
  const table = document.createElement("table");
  table.className = "pg-grid";
  if (sheet) {
    const used = sheet.usedRect(false);
    const rows = Math.min(VIEWER_ROWS, used ? used.row + used.rows : 0);
    const cols = used ? used.col + used.cols : 0;
    const selected = model.selection?.sheet === sheet.name ? rectOf(model.selection.address) : null;
    const head = table.insertRow();
    head.append(document.createElement("th"));
    for (let c = 0; c < cols; c++) {
      const th = document.createElement("th");
      th.textContent = columnLetter(c);
      head.append(th);
    }
    for (let r = 0; r < rows; r++) {
      const tr = table.insertRow();
      const th = document.createElement("th");
      th.textContent = String(r + 1);
      tr.append(th);
      for (let c = 0; c < cols; c++) {
        const td = tr.insertCell();
        const cell = sheet.cell(r, c);
        if (cell) {
          td.textContent = display(cell.value, cell.numberFormat);
          if (cell.bold) td.classList.add("b");
          if (cell.fill) td.style.backgroundColor = cell.fill;
          if (cell.formula) td.classList.add("formula");
        }
        if (selected && selected.row === r && selected.col === c) {
          td.classList.add("selected");
          td.setAttribute("data-selected", "true");
        }
      }
    }
  }
  const info = document.createElement("p");
  info.className = "pg-info";
  if (sheet) {
    const parts = [`${sheet.charts.length} graphique(s)`, `${sheet.frozenRows} ligne(s) figée(s)`];
    if (sheet.autoFilter) parts.push(`filtre ${sheet.autoFilter}`);
    info.textContent = parts.join(" · ");
  }
  root.replaceChildren(tabs, info, table);
}
