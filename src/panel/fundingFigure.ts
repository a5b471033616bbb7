/**
 * The plan de financement in the key figures (SPEC §5): what is expected, received and still to
 * receive, and the public aid rate against 80 % (to two decimals of a percent). Text only.
 */
import { formatMoney, formatPercent } from "../core/format.js";
import type { CheckDocument, Lang } from "../core/types.js";
import { h } from "./dom.js";
import { figure, meter } from "./figure.js";
import { t } from "./strings.js";

/** The public aid rate's line: above 80 % when the check says so; above it without the warning, the waiver applies. */
function publicAidLine(doc: CheckDocument, lang: Lang): HTMLElement {
  const rate = doc.funding.publicAidRate;
  if (rate === null) return h("p", { class: "muted" }, t(lang, "figPublicAidNa"));
  const pct = formatPercent(rate, lang, 2);
  if (doc.issues.some((i) => i.code === "COFINANCING_ABOVE_80"))
    return h("p", { class: "slip late" }, t(lang, "figPublicAidAbove", { pct }));
  return h("p", {}, t(lang, rate > 0.8 ? "figPublicAidWaived" : "figPublicAid", { pct }));
}

/** The « Financement » figure. */
export function fundingFigure(doc: CheckDocument, lang: Lang): HTMLElement {
  const f = doc.funding;
  if (f.expected === 0 && f.received === 0)
    return figure(t(lang, "figFunding"), h("p", { class: "muted" }, t(lang, "figNoFunding")));
  return figure(
    t(lang, "figFunding"),
    meter(t(lang, "figReceived", { pct: "{pct}" }), f.expected > 0 ? f.received / f.expected : null, lang),
    h("p", {}, t(lang, "figExpected", { amount: formatMoney(f.expected, lang) })),
    h("p", {}, t(lang, "figToReceive", { amount: formatMoney(f.toReceive, lang) })),
    publicAidLine(doc, lang),
  );
}
