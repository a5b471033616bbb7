/** Synthèse, first blocks: who and what the project is, and its health. */
import type { Analysis, Health } from "../../types.js";
import { dateCell } from "../cells.js";
import { enumWord, healthWord, labels } from "../labels.js";
import { pushBlank, pushRow, type SheetDraft, styleArea } from "../sheetDraft.js";
import { pushPairs } from "../table.js";

/** Code, title, status, lead, lead service, status date. */
export function pushIdentity(draft: SheetDraft, analysis: Analysis): void {
  const t = labels(analysis.lang);
  const p = analysis.fiche.project;
  pushRow(draft, [t("identity")], "subtitle");
  pushPairs(draft, [
    [t("code"), p.code],
    [t("title"), p.title],
    [t("status"), p.status === null ? null : enumWord(p.status, analysis.lang)],
    [t("lead"), p.lead],
    [t("leadService"), p.leadService],
    [t("statusDate"), dateCell(analysis.results.statusDate), "date"],
  ]);
  pushBlank(draft);
}

/** Budget / schedule / staffing / overall, each as a word on its colour (never colour alone). */
export function pushHealth(draft: SheetDraft, analysis: Analysis): void {
  const t = labels(analysis.lang);
  const h = analysis.results.health;
  pushRow(draft, [t("health")], "subtitle");
  const items: [string, Health][] = [
    [t("healthBudget"), h.budget],
    [t("healthSchedule"), h.schedule],
    [t("healthStaffing"), h.staffing],
    [t("healthOverall"), h.overall],
  ];
  for (const [label, value] of items) {
    const row = pushRow(draft, [label, healthWord(value, analysis.lang)]);
    styleArea(draft, { row, col: 1, rows: 1, cols: 1 }, value);
  }
  pushBlank(draft);
}
