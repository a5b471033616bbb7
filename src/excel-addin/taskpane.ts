/**
 * The taskpane's entry point: waits for Office, then mounts the shared panel over Excel.
 * Outside Excel (office.js reports no host, or did not load) the panel says where to open it.
 * In the playground the `Office` and `Excel` globals are the in-memory fake's.
 */
import { mountPanel, type PanelHandle } from "../panel/panel.js";
import { WORKBOOK_CHANGED } from "./events.js";
import { createExcelPanelHost } from "./excelHost.js";
import { delayedRun, type ExcelRun, ExcelWorkbookIO } from "./workbookIO.js";

/** Set by the playground before this script runs. */
interface PlaygroundFlag {
  __FICHE_PROJET_PLAYGROUND__?: boolean;
}

function mount(root: HTMLElement, unavailable: boolean): PanelHandle {
  // Excel is only looked up when the panel runs an action, never when it is unavailable.
  const run: ExcelRun = (batch) => delayedRun(Excel)(batch);
  const playground = (globalThis as PlaygroundFlag).__FICHE_PROJET_PLAYGROUND__ === true;
  const host = createExcelPanelHost({ io: new ExcelWorkbookIO(run), kind: playground ? "playground" : "excel" });
  return mountPanel(root, host, { lang: "fr", unavailable });
}

/** The page's #app, emptied of taskpane.html's fallback message (for webviews this script cannot run in). */
function appRoot(): HTMLElement {
  const root = document.getElementById("app");
  if (!root) throw new Error("taskpane.html has no #app element");
  root.replaceChildren();
  return root;
}

// Emptied at once: the fallback must not show while office.js is still starting.
const root = appRoot();
// A module script runs after the classic office.js script; `Office` is missing only if it failed to load.
if (typeof Office === "undefined") {
  mount(root, true);
} else {
  // Outside Office, office.js resolves onReady with a null host (Microsoft's "Initialize your Office Add-in").
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      mount(root, true);
      return;
    }
    let handle = mount(root, false);
    window.addEventListener(WORKBOOK_CHANGED, () => {
      handle.destroy();
      handle = mount(root, false);
    });
  });
}
