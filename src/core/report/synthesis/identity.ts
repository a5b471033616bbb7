/** Synthèse, first blocks: who and what the project is, and its health. */
import type { Analysis, Health } from "../../types.js";
import { dateCell } from "../cells.js";
import { enumWord, healthWord, labels } from "../labels.js";
import { pushBlank, pushRow, type SheetDraft, styleArea } from "../sheetDraft.js";
import { pushPairs } from "../table.js";
import { healthReasons } from "./healthReasons.js";

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

/** Budget / schedule / staffing / overall, each as a word on its colour (never colour alone), with its facts beside. */
export function pushHealth(draft: SheetDraft, analysis: Analysis): void {
  const t = labels(analysis.lang);
  const h = analysis.results.health;
  pushRow(draft, [t("health")], "subtitle");
  const why = healthReasons(analysis);
  const items: [string, Health, string | null][] = [
    [t("healthBudget"), h.budget, why.budget],
    [t("healthSchedule"), h.schedule, why.schedule],
    [t("healthStaffing"), h.staffing, why.staffing],
    [t("healthOverall"), h.overall, null],
  ];
  for (const [label, value, reason] of items) {
    const row = pushRow(draft, [label, healthWord(value, analysis.lang), reason]);
    styleArea(draft, { row, col: 1, rows: 1, cols: 1 }, value);
  }
  pushBlank(draft);
}
