/** Budget lines compared, matched by Sens and Poste: the measures that moved, lines added and removed. */

import { matchByKey, present, valueChange } from "./change.js";
import { lineKey } from "./ficheSnapshot.js";
import { changePath } from "./path.js";
import type { Change, LineSnapshot } from "./types.js";

const MEASURE_KEYS = ["initial", "open", "committed", "paid", "forecast"] as const;

const pathOf = (line: LineSnapshot, ...rest: string[]) => changePath("budget", line.flow, "lines", line.name, ...rest);

/** The measures of a line on one side only: each non-zero one, from or to nothing. */
function oneSided(line: LineSnapshot, side: "added" | "removed"): Change[] {
  const entity: Change = {
    what: pathOf(line),
    old: side === "removed" ? line.name : null,
    new: side === "added" ? line.name : null,
    delta: null,
    theme: "lines",
    kind: "entity",
    subject: line.name,
    field: null,
  };
  const measures = MEASURE_KEYS.filter((m) => line.measures[m] !== 0).map(
    (m): Change => ({
      what: pathOf(line, m),
      old: side === "removed" ? line.measures[m] : null,
      new: side === "added" ? line.measures[m] : null,
      delta: null,
      theme: "lines",
      kind: "money",
      subject: line.name,
      field: m,
    }),
  );
  return [entity, ...measures];
}

/**
 * The budget line changes: per line on both sides (new Budget order) each measure that moved,
 * then the lines added and removed with their measures. Lines are matched by Sens and Poste
 * (case, accents and spaces aside); lines sharing both are added up (see `linesOf`).
 * @example lineChanges([works], [{ ...works, measures: { ...works.measures, forecast: 925000 } }])[0]?.delta // 45000
 */
export function lineChanges(olds: readonly LineSnapshot[], news: readonly LineSnapshot[]): Change[] {
  const { both, added, removed } = matchByKey(olds, news, (l) => lineKey(l.flow, l.name));
  const moved = both.flatMap(([before, after]) =>
    present(
      MEASURE_KEYS.map((m) =>
        valueChange(
          { what: pathOf(after, m), theme: "lines", kind: "money", subject: after.name, field: m },
          before.measures[m],
          after.measures[m],
        ),
      ),
    ),
  );
  return [...moved, ...added.flatMap((l) => oneSided(l, "added")), ...removed.flatMap((l) => oneSided(l, "removed"))];
}
