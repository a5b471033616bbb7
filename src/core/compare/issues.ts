/**
 * Issues that appeared or were resolved between two versions. An issue is the same issue when
 * its code, tab and cell are the same; failing that, when its code and message are (the row
 * moved: a line inserted above it). Anything left unmatched appeared, or was resolved.
 */
import { issueInOrder } from "../output/checkDocument.js";
import type { Issue } from "../types.js";
import { changePath } from "./path.js";
import type { Change } from "./types.js";

/** The issues of `news` not matched in `olds` (appeared) and those of `olds` not matched in `news` (resolved). */
export interface IssueMatch {
  readonly appeared: readonly Issue[];
  readonly resolved: readonly Issue[];
}

const byPlace = (i: Issue) => `${i.code}\u0000${i.sheet ?? ""}\u0000${i.cell ?? ""}`;
const byMessage = (i: Issue) => `${i.code}\u0000${i.message}`;

/** Pairs issues of the same key, one for one; returns the indices left unmatched on each side. */
function pairOff(
  olds: readonly Issue[],
  news: readonly Issue[],
  oldLeft: readonly number[],
  newLeft: readonly number[],
  keyOf: (i: Issue) => string,
): { oldLeft: number[]; newLeft: number[] } {
  const waiting = new Map<string, number[]>();
  for (const i of oldLeft) {
    const key = keyOf(olds[i] as Issue);
    const queue = waiting.get(key);
    if (queue) queue.push(i);
    else waiting.set(key, [i]);
  }
  const unmatchedNew: number[] = [];
  for (const j of newLeft) {
    const queue = waiting.get(keyOf(news[j] as Issue));
    if (queue && queue.length > 0) queue.shift();
    else unmatchedNew.push(j);
  }
  const unmatchedOld = [...waiting.values()].flat().sort((a, b) => a - b);
  return { oldLeft: unmatchedOld, newLeft: unmatchedNew };
}

/**
 * Matches the issues of two versions: first by code + tab + cell, then by code + message.
 * @example matchIssues([late("F7")], [late("F8")]).appeared.length // 0 (same message: the row moved)
 */
export function matchIssues(olds: readonly Issue[], news: readonly Issue[]): IssueMatch {
  const all = (list: readonly Issue[]) => list.map((_, i) => i);
  const first = pairOff(olds, news, all(olds), all(news), byPlace);
  const second = pairOff(olds, news, first.oldLeft, first.newLeft, byMessage);
  return {
    appeared: second.newLeft.map((j) => news[j] as Issue),
    resolved: second.oldLeft.map((i) => olds[i] as Issue),
  };
}

/** Where an issue is, as one path segment: `Calendrier!F7`, a tab, or nothing. */
function placeOf(issue: Issue): string[] {
  if (issue.sheet === null) return [];
  return [issue.cell === null ? issue.sheet : `${issue.sheet}!${issue.cell}`];
}

/**
 * The issue changes: those that appeared (in the new order), then those resolved (in the old order).
 * @example issueChanges([], [late("F7")])[0]?.what // 'issues.STEP_LATE["Calendrier!F7"]'
 */
export function issueChanges(olds: readonly Issue[], news: readonly Issue[]): Change[] {
  const { appeared, resolved } = matchIssues(olds, news);
  const change = (issue: Issue, side: "appeared" | "resolved"): Change => ({
    what: changePath("issues", issue.code, ...placeOf(issue)),
    old: side === "resolved" ? issueInOrder(issue) : null,
    new: side === "appeared" ? issueInOrder(issue) : null,
    delta: null,
    theme: "issues",
    kind: "issue",
    subject: null,
    field: null,
  });
  return [...appeared.map((i) => change(i, "appeared")), ...resolved.map((i) => change(i, "resolved"))];
}
