/** The A1 text of a generated tab: the mark the hosts look for, then what the tab is about. */
import { GENERATED_MARK, type IsoDate, type Lang } from "../types.js";
import { labels } from "./labels.js";

/** `31/12/2026` in French, `2026-12-31` in English (the issue messages' convention). */
export function shortDate(iso: IsoDate, lang: Lang): string {
  return lang === "en" ? iso : `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/**
 * The A1 text of a generated tab.
 * @example markText("MEDIA-2026", "2026-06-09", "fr") // "Généré par fiche-projet — MEDIA-2026 — état au 09/06/2026"
 */
export function markText(subject: string | null, statusDate: IsoDate | null, lang: Lang): string {
  const t = labels(lang);
  const parts = [GENERATED_MARK, subject ?? t("noCode")];
  if (statusDate) parts.push(`${t("asOf")} ${shortDate(statusDate, lang)}`);
  return parts.join(" — ");
}
