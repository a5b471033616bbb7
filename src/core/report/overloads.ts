/** One line that names the overloaded service months, so a reader need not scan a long table. */
import type { Lang } from "../types.js";
import { labels } from "./labels.js";

/**
 * `Mois en surcharge : 4 — Usages numériques : 2026-09, 2026-10 ; SI : 2026-03`, or
 * `Aucun mois en surcharge`. Services in order of first appearance, months as given.
 * @example overloadLine([{ service: "SI", month: "2026-03" }], "fr") // "Mois en surcharge : 1 — SI : 2026-03"
 */
export function overloadLine(overloads: readonly { service: string; month: string }[], lang: Lang): string {
  const t = labels(lang);
  if (overloads.length === 0) return t("overloadNone");
  const byService = new Map<string, string[]>();
  for (const o of overloads) byService.set(o.service, [...(byService.get(o.service) ?? []), o.month]);
  const colon = lang === "fr" ? " : " : ": ";
  const parts = [...byService].map(([service, months]) => `${service}${colon}${months.join(", ")}`);
  return `${t("overloadSummary")}${colon}${overloads.length} — ${parts.join(lang === "fr" ? " ; " : "; ")}`;
}
