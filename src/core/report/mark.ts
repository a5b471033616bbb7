/** The A1 text of a generated tab: the mark the hosts look for, then what the tab is about. */
import { formatDate } from "../format.js";
import { GENERATED_MARK, type IsoDate, type Lang } from "../types.js";
import { labels } from "./labels.js";

/**
 * The A1 text of a generated tab.
 * @example markText("MEDIA-2026", "2026-06-09", "fr") // "Généré par fiche-projet — MEDIA-2026 — état au 09/06/2026"
 */
export function markText(subject: string | null, statusDate: IsoDate | null, lang: Lang): string {
  const t = labels(lang);
  const parts = [GENERATED_MARK, subject ?? t("noCode")];
  if (statusDate) parts.push(`${t("asOf")} ${formatDate(statusDate, lang)}`);
  return parts.join(" — ");
}
