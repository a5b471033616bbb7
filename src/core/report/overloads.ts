/** One line that names the overloaded service months, so a reader need not scan a long table. */
import { formatMonth } from "../format.js";
import type { Lang } from "../types.js";
import { labels } from "./labels.js";

/**
 * `Mois en surcharge : 3 — Usages numériques : septembre 2026, octobre 2026 ; SI : mars 2026`,
 * or `Aucun mois en surcharge`. Services in order of first appearance.
 * @example overloadLine([{ service: "SI", month: "2026-03" }], "fr") // "Mois en surcharge : 1 — SI : mars 2026"
 */
export function overloadLine(overloads: readonly { service: string; month: string }[], lang: Lang): string {
  const t = labels(lang);
  if (overloads.length === 0) return t("overloadNone");
  const byService = new Map<string, string[]>();
  for (const o of overloads) {
    const month = /^\d{4}-\d{2}$/.test(o.month) ? formatMonth(o.month, lang) : o.month;
    byService.set(o.service, [...(byService.get(o.service) ?? []), month]);
  }
  const colon = lang === "fr" ? " : " : ": ";
  const parts = [...byService].map(([service, months]) => `${service}${colon}${months.join(", ")}`);
  return `${t("overloadSummary")}${colon}${overloads.length} — ${parts.join(lang === "fr" ? " ; " : "; ")}`;
}
