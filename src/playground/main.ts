/**
 * The playground: the real taskpane bundle against an in-memory Excel workbook (the fake),
 * loaded from a bundled example or an .xlsx the user picks. It sets the `Office` and `Excel`
 * globals, then loads `taskpane.js` as Excel would. A sheet viewer shows what the add-in wrote.
 */
import { EXAMPLES } from "../core/examples/index.js";
import { exampleGrid } from "../core/template/grid.js";
import type { WorkbookGrid } from "../core/types.js";
import { WORKBOOK_CHANGED } from "../excel-addin/events.js";
import { gridFromXlsx } from "../xlsx/gridFromXlsx.js";
import { createFakeExcel, MemWorkbook, memWorkbookFromGrid } from "./fake/index.js";
import { renderViewer } from "./viewer.js";

const TASKPANE_URL = "./taskpane.js";

const model = new MemWorkbook();
const fake = createFakeExcel(model, { afterSync: () => refresh() });
let viewed: string | null = null;

function refresh(): void {
  const viewer = document.getElementById("viewer");
  const syncs = document.getElementById("syncs");
  if (syncs) syncs.textContent = String(fake.stats.syncs);
  if (!viewer) return;
  if (model.selection) viewed = model.selection.sheet;
  if (!viewed || !model.sheet(viewed)) viewed = model.activeSheet ?? model.sheets[0]?.name ?? null;
  renderViewer(viewer, model, viewed, (name) => {
    viewed = name;
    refresh();
  });
}

/** Replaces the workbook in memory and tells the taskpane to start over. */
function loadGrid(grid: WorkbookGrid): void {
  const next = memWorkbookFromGrid(grid);
  model.sheets = next.sheets;
  model.activeSheet = next.activeSheet;
  model.selection = null;
  viewed = null;
  fake.stats.syncs = 0;
  fake.stats.payloads.length = 0;
  fake.stats.cellsRead.length = 0;
  fake.stats.responses.length = 0;
  fake.stats.runs.length = 0;
  refresh();
  window.dispatchEvent(new Event(WORKBOOK_CHANGED));
}

async function loadXlsx(bytes: ArrayBuffer): Promise<void> {
  loadGrid(await gridFromXlsx(bytes));
}

function status(text: string): void {
  const node = document.getElementById("pg-status");
  if (node) node.textContent = text;
}

function wireControls(): void {
  const select = document.getElementById("example") as HTMLSelectElement | null;
  const file = document.getElementById("xlsx") as HTMLInputElement | null;
  if (select) {
    for (const [i, example] of EXAMPLES.entries()) {
      const option = document.createElement("option");
      option.value = String(i);
      option.textContent = `${example.project.code} · ${example.project.title}`;
      select.append(option);
    }
    select.addEventListener("change", () => {
      const example = EXAMPLES[Number(select.value)];
      loadGrid(example ? exampleGrid(example) : { sheets: [{ name: "Feuil1", rows: [] }] });
      status(example ? example.file : "Classeur vide");
    });
  }
  file?.addEventListener("change", () => {
    const picked = file.files?.[0];
    if (!picked) return;
    void picked
      .arrayBuffer()
      .then(loadXlsx)
      .then(() => status(picked.name))
      .catch((error: unknown) => status(`${picked.name} : ${error instanceof Error ? error.message : String(error)}`));
    file.value = "";
  });
}

const globals = globalThis as unknown as Record<string, unknown>;
globals.Office = fake.Office;
globals.Excel = fake.Excel;
globals.__FICHE_PROJET_PLAYGROUND__ = true;
globals.__playground = { fake, model, loadGrid, loadXlsx };

const params = new URLSearchParams(location.search);
const start = params.get("example");
const first = start === "empty" ? undefined : (EXAMPLES[Number(start ?? 0)] ?? EXAMPLES[0]);
loadGrid(first ? exampleGrid(first) : { sheets: [{ name: "Feuil1", rows: [] }] });
wireControls();
if (first) status(first.file);
await import(/* @vite-ignore */ TASKPANE_URL);
