/**
 * PORTFOLIO_DUPLICATE_CODE (SPEC §2) and which workbook of a shared code is counted (SPEC §6
 * Duplicates): the one with the latest `Date d'état` written in it — an empty one is the oldest,
 * `--status-date` plays no part — ties going to the first given or found. The others are set
 * aside: every total, load and KPI counts the code once.
 */
import { formatIssue } from "../messages/index.js";
import type { IsoDate, Issue, Lang } from "../types.js";
import { matchKey } from "./normalize.js";
import type { DuplicateGroup, ProjectSummaryForPortfolio } from "./types.js";

type Coded = ProjectSummaryForPortfolio & { readonly code: string };

/** Which summaries count, and the duplicate issues. */
export interface DuplicateSelection {
  /** Per summary, in the given order: whether it is counted (false: set aside). */
  readonly counted: readonly boolean[];
  /** Per summary: its PORTFOLIO_DUPLICATE_CODE issue at its Code projet cell, or null when its code is unique. */
  readonly issues: readonly (Issue | null)[];
  /** One per shared code, in the order of each code's first workbook. */
  readonly groups: readonly DuplicateGroup[];
}

/** A written status date (older summaries stored before it existed have none). */
const writtenDate = (s: Coded): IsoDate | null => s.writtenStatusDate ?? null;

/** Whether `a` was written later than `b` (an empty date is the oldest). */
function isLater(a: IsoDate | null, b: IsoDate | null): boolean {
  return a !== null && (b === null || a > b);
}

/**
 * Groups summaries by code (case-, accent- and space-insensitive) and picks the one counted in
 * each group; every workbook of a group gets an error naming every file of the group.
 * @example selectDuplicates([a, copyOfA], "fr").counted // [true, false] when a's Date d'état is the later
 */
export function selectDuplicates(summaries: readonly Coded[], lang: Lang): DuplicateSelection {
  const groups = new Map<string, number[]>();
  summaries.forEach((s, i) => {
    const key = matchKey(s.code);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const counted = summaries.map(() => true);
  const issues: (Issue | null)[] = summaries.map(() => null);
  const out: DuplicateGroup[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    let kept = members[0] as number;
    for (const i of members)
      if (isLater(writtenDate(summaries[i] as Coded), writtenDate(summaries[kept] as Coded))) kept = i;
    const keptSummary = summaries[kept] as Coded;
    const files = members.map((i) => (summaries[i] as Coded).file).join(", ");
    for (const i of members) {
      const s = summaries[i] as Coded;
      counted[i] = i === kept;
      issues[i] = formatIssue(
        {
          code: "PORTFOLIO_DUPLICATE_CODE",
          sheet: s.codePlace.sheet,
          cell: s.codePlace.cell,
          params: { code: s.code, files, kept: keptSummary.file },
        },
        lang,
      );
    }
    out.push({
      code: keptSummary.code,
      kept: { file: keptSummary.file, statusDate: writtenDate(keptSummary) },
      setAside: members
        .filter((i) => i !== kept)
        .map((i) => ({ file: (summaries[i] as Coded).file, statusDate: writtenDate(summaries[i] as Coded) })),
    });
  }
  return { counted, issues, groups: out };
}
