/**
 * A mini Gantt in SVG: for each step a thin grey baseline bar and, under it, the forecast bar
 * (accent, red when it slips). Built with createElementNS; step IDs go in as text nodes.
 */
import { toDayNumber } from "../core/dates.js";
import { formatDate } from "../core/format.js";
import type { Lang } from "../core/types.js";
import { s } from "./dom.js";
import type { PanelStep } from "./host.js";
import { t } from "./strings.js";

/** Steps drawn at most; the Synthèse tab has them all. */
export const MAX_GANTT_STEPS = 12;

const WIDTH = 268;
const LABEL = 56;
const ROW = 18;
const TOP = 4;

/** The SVG of the steps, or null when there is nothing to draw. */
export function renderGantt(steps: readonly PanelStep[], lang: Lang, statusDate: string | null): SVGElement | null {
  const shown = steps.slice(0, MAX_GANTT_STEPS);
  if (shown.length === 0) return null;
  const days = shown.flatMap((st) => [st.baselineStart, st.baselineFinish, st.forecastStart, st.forecastFinish]);
  const numbers = days.map(toDayNumber);
  const min = Math.min(...numbers);
  const max = Math.max(...numbers) + 1;
  const span = Math.max(1, max - min);
  const x = (iso: string) => LABEL + ((toDayNumber(iso) - min) / span) * (WIDTH - LABEL - 2);
  const bar = (from: string, to: string) => ({
    x: x(from),
    w: Math.max(2, x(to) - x(from) + (WIDTH - LABEL - 2) / span),
  });
  const height = TOP * 2 + shown.length * ROW;
  const svg = s("svg", {
    class: "gantt",
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: WIDTH,
    height,
    role: "img",
    "aria-label": t(lang, "gantt"),
  });
  shown.forEach((step, i) => {
    const y = TOP + i * ROW;
    const base = bar(step.baselineStart, step.baselineFinish);
    const fore = bar(step.forecastStart, step.forecastFinish);
    const label = t(lang, "ganttStep", {
      id: step.id,
      baseline: formatDate(step.baselineFinish, lang),
      forecast: formatDate(step.forecastFinish, lang),
    });
    const group = s(
      "g",
      { class: step.late ? "step late" : "step" },
      s("title", {}, `${label} — ${step.name}`),
      s("text", { x: 0, y: y + 12, class: "gantt-label" }, step.id.length > 8 ? `${step.id.slice(0, 7)}…` : step.id),
      s("rect", { x: base.x, y: y + 2, width: base.w, height: 5, rx: 1, class: "bar-baseline" }),
      s("rect", { x: fore.x, y: y + 8, width: fore.w, height: 7, rx: 1, class: "bar-forecast" }),
    );
    svg.append(group);
  });
  if (statusDate && toDayNumber(statusDate) >= min && toDayNumber(statusDate) <= max) {
    const sx = x(statusDate);
    svg.append(s("line", { x1: sx, x2: sx, y1: 0, y2: height, class: "today" }));
  }
  return svg;
}
