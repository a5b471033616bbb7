/**
 * The issue list: grouped by sheet, groups with errors first, errors before warnings inside a
 * group. Each row with a cell is a button that asks the host to select that cell.
 */
import type { Issue, Lang, Severity } from "../core/types.js";
import { button, h } from "./dom.js";
import { t } from "./strings.js";

/** At most this many rows per group are drawn; the rest is in the Contrôles tab. */
export const MAX_ROWS_PER_GROUP = 100;

export interface IssueGroup {
  readonly sheet: string | null;
  readonly issues: readonly Issue[];
  readonly errors: number;
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const ICON: Readonly<Record<Severity, string>> = { error: "✕", warning: "!", info: "i" };

/** Groups issues by sheet: groups holding errors first, then first appearance; errors first inside. */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const bySheet = new Map<string | null, Issue[]>();
  for (const issue of issues) {
    const list = bySheet.get(issue.sheet) ?? [];
    list.push(issue);
    bySheet.set(issue.sheet, list);
  }
  const groups = [...bySheet.entries()].map(([sheet, list]) => ({
    sheet,
    issues: list
      .map((issue, index) => ({ issue, index }))
      .sort((a, b) => RANK[a.issue.severity] - RANK[b.issue.severity] || a.index - b.index)
      .map((x) => x.issue),
    errors: list.filter((i) => i.severity === "error").length,
  }));
  return groups
    .map((group, index) => ({ group, index }))
    .sort((a, b) => Number(b.group.errors > 0) - Number(a.group.errors > 0) || a.index - b.index)
    .map((x) => x.group);
}

/** "3 erreurs · 7 alertes" (only the non-zero counts). */
export function countLine(issues: readonly Issue[], lang: Lang): string {
  const n = (sev: Severity) => issues.filter((i) => i.severity === sev).length;
  const parts: string[] = [];
  if (n("error") > 0) parts.push(t(lang, "countErrors", { n: n("error") }));
  if (n("warning") > 0) parts.push(t(lang, "countWarnings", { n: n("warning") }));
  if (n("info") > 0) parts.push(t(lang, "countInfos", { n: n("info") }));
  return parts.join(" · ");
}

export interface IssueListProps {
  readonly issues: readonly Issue[];
  readonly lang: Lang;
  readonly collapsed: ReadonlySet<string>;
  readonly onToggle: (groupKey: string) => void;
  readonly onSelect: (sheet: string, cell: string) => void;
}

function severityIcon(severity: Severity, lang: Lang): HTMLElement {
  return h(
    "span",
    { class: `sev sev-${severity}`, role: "img", "aria-label": t(lang, `sev_${severity}`) },
    ICON[severity],
  );
}

function issueRow(issue: Issue, props: IssueListProps, key: string): HTMLElement {
  const where = issue.sheet && issue.cell ? `${issue.sheet}!${issue.cell}` : null;
  const content = [
    severityIcon(issue.severity, props.lang),
    h("span", { class: "issue-msg" }, issue.message),
    where ? h("span", { class: "issue-cell" }, issue.cell) : null,
  ];
  if (!issue.sheet || !issue.cell) return h("li", { class: "issue" }, h("div", { class: "issue-body" }, ...content));
  const sheet = issue.sheet;
  const cell = issue.cell;
  const row = button(
    { class: "issue-body", "data-key": key, title: t(props.lang, "goToCell", { cell: where ?? cell }) },
    content,
    () => props.onSelect(sheet, cell),
  );
  return h("li", { class: "issue" }, row);
}

/** The issue section (count line, then one collapsible group per sheet). */
export function renderIssues(props: IssueListProps): HTMLElement {
  const { issues, lang } = props;
  const section = h("section", { class: "issues", "aria-label": t(lang, "issuesTitle") });
  if (issues.length === 0) {
    section.append(h("p", { class: "empty ok" }, t(lang, "noIssues")));
    return section;
  }
  section.append(h("p", { class: "count-line" }, countLine(issues, lang)));
  groupIssues(issues).forEach((group, gi) => {
    const groupKey = group.sheet ?? "\u0000workbook";
    const open = !props.collapsed.has(groupKey);
    const label = `${group.sheet ?? t(lang, "workbook")} (${group.issues.length})`;
    const listId = `issues-group-${gi}`;
    const toggle = button(
      {
        class: "group-toggle",
        "aria-expanded": String(open),
        "aria-controls": listId,
        "data-key": `group:${groupKey}`,
      },
      [h("span", { class: "chevron", "aria-hidden": "true" }, open ? "▾" : "▸"), h("span", {}, label)],
      () => props.onToggle(groupKey),
    );
    const list = h("ul", { class: "issue-list", id: listId, hidden: !open });
    if (open) {
      group.issues.slice(0, MAX_ROWS_PER_GROUP).forEach((issue, i) => {
        list.append(issueRow(issue, props, `issue:${groupKey}:${i}`));
      });
      const more = group.issues.length - MAX_ROWS_PER_GROUP;
      if (more > 0) list.append(h("li", { class: "more" }, t(lang, "moreIssues", { n: more })));
    }
    section.append(h("div", { class: "group" }, toggle, list));
  });
  return section;
}
