/** Synthèse, schedule block: one row per step, late rows coloured, and a slip chart. */
import type { Analysis, StepResult, Style } from "../../types.js";
import { CHART_COLUMN, dateCell } from "../cells.js";
import { labels, yesNo } from "../labels.js";
import { pushBlank, pushRow, type SheetDraft } from "../sheetDraft.js";
import { pushTable } from "../table.js";

/** Beyond this slip a step is red, like the project's schedule health (SPEC §3 default). */
const RED_SLIP_WORKING_DAYS = 20;

/** Red past 20 working days of slip, amber when late or slipping at all, else no fill. */
export function stepStyle(step: StepResult): Style | undefined {
  if (step.slipWorkingDays > RED_SLIP_WORKING_DAYS) return "red";
  if (step.late || step.slipWorkingDays > 0) return "amber";
  return undefined;
}

/** The schedule table (steps then the project line) and a bar chart of slip per step. */
export function pushSchedule(draft: SheetDraft, analysis: Analysis): void {
  const { lang } = analysis;
  const t = labels(lang);
  const s = analysis.results.schedule;
  const names = new Map(analysis.fiche.steps.map((st) => [st.id, st.name]));
  const subtitleRow = pushRow(draft, [t("schedule")], "subtitle");
  pushTable(
    draft,
    [
      { header: t("id"), value: (r: StepResult) => r.id },
      { header: t("step"), value: (r) => names.get(r.id) ?? null },
      { header: t("baselineFinish"), value: (r) => dateCell(r.baselineFinish), style: "date" },
      { header: t("forecastFinish"), value: (r) => dateCell(r.forecastFinish), style: "date" },
      { header: t("slipWorkingDays"), value: (r) => r.slipWorkingDays, style: "integer" },
      { header: t("slipCalendarDays"), value: (r) => r.slipCalendarDays, style: "integer" },
      { header: t("late"), value: (r) => yesNo(r.late, lang) },
      { header: t("critical"), value: (r) => yesNo(r.critical, lang) },
    ],
    s.steps,
    { rowStyle: stepStyle },
  );
  const projectRow = pushRow(
    draft,
    [
      t("projectFinish"),
      // The title is in row 2; repeated here it was cut by the next column.
      null,
      dateCell(s.baselineFinish),
      dateCell(s.forecastFinish),
      s.slipWorkingDays,
      s.slipCalendarDays,
    ],
    "subtitle",
  );
  draft.styles.push({ row: projectRow, col: 2, rows: 1, cols: 2, style: "date" });
  draft.styles.push({ row: projectRow, col: 4, rows: 1, cols: 2, style: "integer" });
  pushBlank(draft);
  if (s.steps.length === 0) return;
  pushRow(draft, [t("slipChart")], "subtitle");
  const place = pushTable(
    draft,
    [
      { header: t("step"), value: (r: StepResult) => `${r.id} — ${names.get(r.id) ?? ""}`.trim() },
      { header: t("slipWorkingDays"), value: (r) => r.slipWorkingDays, style: "integer" },
    ],
    s.steps,
  );
  draft.charts.push({
    kind: "bar",
    title: t("slipChart"),
    data: { row: place.headerRow, col: 0, rows: place.count + 1, cols: 2 },
    anchor: { row: subtitleRow, col: CHART_COLUMN },
  });
  pushBlank(draft);
}
