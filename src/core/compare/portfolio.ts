/**
 * Two portfolios compared (SPEC §6 "What changed"): projects matched by Code projet (case,
 * accents and spaces aside), added or removed, and per project its health, slip, forecast
 * finish and forecasts then and now; the totals then and now.
 */
import { matchKey } from "../portfolio/normalize.js";
import { deltaOf, matchByKey, present, valueChange } from "./change.js";
import { healthChanges, healthWorsening } from "./health.js";
import { changePath } from "./path.js";
import { totalsOf } from "./portfolioSnapshot.js";
import type {
  Change,
  FieldKey,
  PortfolioComparison,
  PortfolioSnapshot,
  PortfolioTotalsSnapshot,
  ProjectEvolution,
  ProjectPoint,
  ValueKind,
} from "./types.js";

/** A portfolio and the file it was read from (or written to), as the user named it. */
export interface NamedPortfolio {
  readonly file: string;
  readonly snapshot: PortfolioSnapshot;
}

/** What is compared of a project on both sides, after its health: [field, path, kind]. */
const PROJECT_FIELDS = [
  ["title", ["title"], "text"],
  ["status", ["status"], "status"],
  ["slipWorkingDays", ["slipWorkingDays"], "integer"],
  ["forecastFinish", ["forecastFinish"], "date"],
  ["expensesForecast", ["expenses", "forecast"], "money"],
  ["revenuesForecast", ["revenues", "forecast"], "money"],
  ["netCostForecast", ["netCost", "forecast"], "money"],
  ["errors", ["errors"], "integer"],
  ["warnings", ["warnings"], "integer"],
] as const satisfies readonly (readonly [keyof ProjectPoint & FieldKey, readonly string[], ValueKind])[];

const subjectOf = (p: ProjectPoint) => (p.title === null ? p.code : `${p.code} ${p.title}`);

function projectChanges(before: ProjectPoint, after: ProjectPoint): Change[] {
  const subject = subjectOf(after);
  const prefix = ["projects", after.code];
  return [
    ...healthChanges([...prefix, "health"], "projects", subject, before.health, after.health),
    ...present(
      PROJECT_FIELDS.map(([field, path, kind]) =>
        valueChange(
          { what: changePath(...prefix, ...path), theme: "projects", kind, subject, field },
          before[field],
          after[field],
        ),
      ),
    ),
  ];
}

function projectEntity(p: ProjectPoint, side: "added" | "removed"): Change {
  const name = p.title ?? p.code;
  return {
    what: changePath("projects", p.code),
    old: side === "removed" ? name : null,
    new: side === "added" ? name : null,
    delta: null,
    theme: "projects",
    kind: "entity",
    subject: subjectOf(p),
    field: null,
  };
}

/** The totals then and now: projects, by health, the forecasts. */
function totalsChanges(old: PortfolioTotalsSnapshot, now: PortfolioTotalsSnapshot): Change[] {
  const rows: [FieldKey, string[], ValueKind, number, number][] = [
    ["projects", ["projects"], "integer", old.projects, now.projects],
    ["projectsRed", ["projectsByHealth", "red"], "integer", old.byHealth.red, now.byHealth.red],
    ["projectsUnknown", ["projectsByHealth", "unknown"], "integer", old.byHealth.unknown, now.byHealth.unknown],
    ["projectsAmber", ["projectsByHealth", "amber"], "integer", old.byHealth.amber, now.byHealth.amber],
    ["projectsGreen", ["projectsByHealth", "green"], "integer", old.byHealth.green, now.byHealth.green],
    ["expensesForecast", ["expenses", "forecast"], "money", old.expensesForecast, now.expensesForecast],
    ["revenuesForecast", ["revenues", "forecast"], "money", old.revenuesForecast, now.revenuesForecast],
    ["netCostForecast", ["netCost", "forecast"], "money", old.netCostForecast, now.netCostForecast],
  ];
  return present(
    rows.map(([field, path, kind, before, after]) =>
      valueChange({ what: changePath("totals", ...path), theme: "totals", kind, field }, before, after),
    ),
  );
}

function evolution(old: ProjectPoint | null, now: ProjectPoint | null, changed: boolean): ProjectEvolution {
  const point = (now ?? old) as ProjectPoint;
  const both = old !== null && now !== null;
  return {
    code: point.code,
    title: point.title,
    move: both ? "kept" : now ? "added" : "removed",
    old,
    new: now,
    healthWorsening: both ? healthWorsening(old.health.overall, now.health.overall) : 0,
    slipDelta: both ? deltaOf("integer", old.slipWorkingDays, now.slipWorkingDays) : null,
    forecastFinishDelta: both ? deltaOf("date", old.forecastFinish, now.forecastFinish) : null,
    expensesForecastDelta: both ? deltaOf("money", old.expensesForecast, now.expensesForecast) : null,
    changed,
  };
}

/** Kept projects that changed, then added, then removed, then those unchanged. */
function groupOf(e: ProjectEvolution): number {
  if (e.move === "added") return 1;
  if (e.move === "removed") return 2;
  return e.changed ? 0 : 3;
}

/**
 * Sorts projects by what changed most: health worse first (by how many ranks), then more slip,
 * then the larger move of the expenses' forecast; projects added, then removed, after those
 * that changed; unchanged ones last; by code within a tie.
 */
export function sortEvolutions(evolutions: readonly ProjectEvolution[]): ProjectEvolution[] {
  return [...evolutions].sort(
    (a, b) =>
      groupOf(a) - groupOf(b) ||
      b.healthWorsening - a.healthWorsening ||
      (b.slipDelta ?? 0) - (a.slipDelta ?? 0) ||
      Math.abs(b.expensesForecastDelta ?? 0) - Math.abs(a.expensesForecastDelta ?? 0) ||
      (matchKey(a.code) < matchKey(b.code) ? -1 : matchKey(a.code) > matchKey(b.code) ? 1 : 0),
  );
}

/**
 * What changed from the `old` portfolio to the `now` one. Changes list, per project in the
 * sorted order, what moved; then the totals.
 * @example comparePortfolios({ file: "octobre.xlsx", snapshot: before }, { file: "novembre.xlsx", snapshot: after }).projects[0]?.code // the one that got worse most
 */
export function comparePortfolios(previous: NamedPortfolio, current: NamedPortfolio): PortfolioComparison {
  const old = previous.snapshot;
  const now = current.snapshot;
  const { both, added, removed } = matchByKey(old.projects, now.projects, (p) => matchKey(p.code));
  const perProject = new Map<string, Change[]>();
  const evolutions: ProjectEvolution[] = [];
  for (const [before, after] of both) {
    const changes = projectChanges(before, after);
    perProject.set(matchKey(after.code), changes);
    evolutions.push(evolution(before, after, changes.length > 0));
  }
  for (const p of added) {
    perProject.set(matchKey(p.code), [projectEntity(p, "added")]);
    evolutions.push(evolution(null, p, true));
  }
  for (const p of removed) {
    perProject.set(matchKey(p.code), [projectEntity(p, "removed")]);
    evolutions.push(evolution(p, null, true));
  }
  const projects = sortEvolutions(evolutions);
  const totals = { old: totalsOf(old), new: totalsOf(now) };
  return {
    kind: "portfolio",
    old: { file: previous.file, statusDate: old.statusDate },
    new: { file: current.file, statusDate: now.statusDate },
    projects,
    totals,
    changes: [
      ...projects.flatMap((e) => perProject.get(matchKey(e.code)) ?? []),
      ...totalsChanges(totals.old, totals.new),
    ],
  };
}
