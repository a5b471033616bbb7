/**
 * A page harness for the panel: a PanelHost whose answers the test sets on `window.__stub`
 * and whose calls it records in `window.__calls`.
 */
import type { CheckDocument, Lang } from "../../src/core/types.js";
import type { ConsolidateOutcome, PanelHost, ProjectSummary, WriteOutcome } from "../../src/panel/host.js";
import { mountPanel } from "../../src/panel/panel.js";

interface Stub {
  kind: PanelHost["kind"];
  summary: ProjectSummary;
  document: CheckDocument;
  outcome: WriteOutcome;
  consolidate: ConsolidateOutcome;
  fail?: string;
  /** Calculer finds nothing to compute (a workbook without any tab of the fiche). */
  blocked?: "noTemplate";
  /** The header once Créer la fiche has run. */
  summaryAfterTemplate?: ProjectSummary;
}

const w = window as unknown as {
  __stub: Stub;
  __calls: unknown[][];
  __mount: (lang?: Lang, unavailable?: boolean) => void;
};
w.__calls = [];

const answer = async <T>(name: string, args: unknown[], value: () => T): Promise<T> => {
  w.__calls.push([name, ...args]);
  if (w.__stub.fail) throw new Error(w.__stub.fail);
  return value();
};

w.__mount = (lang?: Lang, unavailable?: boolean) => {
  const host: PanelHost = {
    kind: w.__stub.kind,
    summary: () => answer("summary", [], () => w.__stub.summary),
    createTemplate: (l) =>
      answer("createTemplate", [l], () => {
        if (w.__stub.summaryAfterTemplate) w.__stub.summary = w.__stub.summaryAfterTemplate;
        return w.__stub.outcome;
      }),
    check: (l) => answer("check", [l], () => w.__stub.document),
    compute: (l) =>
      answer("compute", [l], () =>
        w.__stub.blocked
          ? { document: w.__stub.document, outcome: { written: [], refused: [] }, blocked: w.__stub.blocked }
          : { document: w.__stub.document, outcome: w.__stub.outcome },
      ),
    selectCell: (sheet, cell) => answer("selectCell", [sheet, cell], () => undefined),
    consolidate: async (input, l, progress) => {
      w.__calls.push(["consolidate", input.folderId ?? null, l]);
      progress(0, 2, "a");
      progress(1, 2, "b");
      progress(2, 2, "");
      return w.__stub.consolidate;
    },
  };
  const root = document.getElementById("app") as HTMLElement;
  mountPanel(root, host, { ...(lang ? { lang } : {}), ...(unavailable ? { unavailable } : {}) });
};
