/** The pieces every key figure is made of: a titled block and a labelled consumption bar. */
import { formatPercent } from "../core/format.js";
import type { Lang } from "../core/types.js";
import { h } from "./dom.js";

/** A labelled consumption bar (`role=meter`), clamped to 0–100 % for drawing. */
export function meter(
  label: string,
  fraction: number | null,
  lang: Lang,
  tone: "accent" | "warn" = "accent",
): HTMLElement {
  const value = fraction ?? 0;
  const pct = formatPercent(value, lang, 0);
  const fill = h("span", { class: `meter-fill ${value > 1 ? "over" : tone}` });
  fill.style.width = `${Math.max(0, Math.min(1, value)) * 100}%`;
  return h(
    "div",
    { class: "meter-row" },
    h(
      "span",
      {
        class: "meter",
        role: "meter",
        "aria-valuemin": 0,
        "aria-valuemax": 100,
        "aria-valuenow": Math.round(value * 100),
        "aria-label": label.replace("{pct}", pct),
      },
      fill,
    ),
    h("span", { class: "meter-label" }, label.replace("{pct}", pct)),
  );
}

/** One figure: a title and its lines. */
export function figure(title: string, ...body: (Node | null)[]): HTMLElement {
  return h("div", { class: "figure" }, h("h3", { class: "figure-title" }, title), ...body);
}
