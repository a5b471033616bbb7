/** PORTFOLIO_DUPLICATE_CODE: two workbooks share a Code projet (SPEC §2). */
import { formatIssue } from "../messages/index.js";
import type { Issue, Lang } from "../types.js";
import { matchKey } from "./normalize.js";
import type { ProjectSummaryForPortfolio } from "./types.js";

/**
 * For each summary (same order), the duplicate-code issue pointing at its Code projet cell, or
 * null when its code is unique. Codes match case-, accent- and space-insensitively.
 * Every project of a duplicate group gets its own issue naming the other files.
 */
export function duplicateCodeIssues(
  summaries: readonly (ProjectSummaryForPortfolio & { readonly code: string })[],
  lang: Lang,
): (Issue | null)[] {
  const groups = new Map<string, number[]>();
  summaries.forEach((s, i) => {
    const key = matchKey(s.code);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  return summaries.map((s, i) => {
    const group = groups.get(matchKey(s.code)) ?? [];
    if (group.length < 2) return null;
    const others = group.filter((j) => j !== i).map((j) => summaries[j]?.file ?? "");
    return formatIssue(
      {
        code: "PORTFOLIO_DUPLICATE_CODE",
        sheet: s.codePlace.sheet,
        cell: s.codePlace.cell,
        params: { code: s.code, files: others.join(", ") },
      },
      lang,
    );
  });
}
