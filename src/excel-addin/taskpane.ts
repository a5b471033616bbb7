/**
 * The taskpane's entry point: waits for Office, then mounts the shared panel over Excel.
 * In the playground the `Office` and `Excel` globals are the in-memory fake's.
 */
import { mountPanel, type PanelHandle } from "../panel/panel.js";
import { WORKBOOK_CHANGED } from "./events.js";
import { createExcelPanelHost } from "./excelHost.js";
import { type ExcelRun, ExcelWorkbookIO } from "./workbookIO.js";

/** Set by the playground before this script runs. */
interface PlaygroundFlag {
  __FICHE_PROJET_PLAYGROUND__?: boolean;
}

function mount(root: HTMLElement): PanelHandle {
  const run: ExcelRun = (batch) => Excel.run(batch);
  const playground = (globalThis as PlaygroundFlag).__FICHE_PROJET_PLAYGROUND__ === true;
  const host = createExcelPanelHost({ io: new ExcelWorkbookIO(run), kind: playground ? "playground" : "excel" });
  return mountPanel(root, host, { lang: "fr" });
}

void Office.onReady(() => {
  const root = document.getElementById("app");
  if (!root) throw new Error("taskpane.html has no #app element");
  let handle = mount(root);
  window.addEventListener(WORKBOOK_CHANGED, () => {
    handle.destroy();
    handle = mount(root);
  });
});
