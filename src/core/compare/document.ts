/**
 * The `compare --json` document (SPEC §6): what was compared, then every change as
 * `{ what, old, new, delta }`, keys in a fixed order so that `JSON.stringify` is stable. Its
 * figures are rounded already (the snapshots are); `schemaVersion` is this document's own.
 */
import type { IsoDate } from "../types.js";
import type {
  ChangeValue,
  Comparison,
  HealthSnapshot,
  HealthValue,
  PortfolioTotalsSnapshot,
  ProjectMove,
  ProjectPoint,
  Side,
} from "./types.js";

/** One change as the JSON writes it. */
export interface ChangeJson {
  readonly what: string;
  readonly old: ChangeValue;
  readonly new: ChangeValue;
  readonly delta: number | null;
}

/** One project of a portfolio then or now, shaped as the change paths name its figures. */
export interface ProjectPointJson {
  readonly title: string | null;
  readonly status: string | null;
  readonly health: HealthSnapshot;
  readonly slipWorkingDays: number | null;
  readonly forecastFinish: IsoDate | null;
  readonly expenses: { readonly forecast: number | null };
  readonly revenues: { readonly forecast: number | null };
  readonly netCost: { readonly forecast: number | null };
  readonly errors: number | null;
  readonly warnings: number | null;
}

export interface TotalsJson {
  readonly projects: number;
  readonly projectsByHealth: Readonly<Record<HealthValue, number>>;
  readonly expenses: { readonly forecast: number };
  readonly revenues: { readonly forecast: number };
  readonly netCost: { readonly forecast: number };
}

interface CommonJson {
  readonly schemaVersion: 1;
  readonly old: Side;
  readonly new: Side;
  readonly changes: readonly ChangeJson[];
}

export interface FicheCompareDocument extends CommonJson {
  readonly kind: "fiche";
  readonly project: { readonly code: string | null; readonly title: string | null };
}

export interface PortfolioCompareDocument extends CommonJson {
  readonly kind: "portfolio";
  /** In the comparison's order: what changed most first. */
  readonly projects: readonly {
    readonly code: string;
    readonly move: ProjectMove;
    readonly old: ProjectPointJson | null;
    readonly new: ProjectPointJson | null;
  }[];
  readonly totals: { readonly old: TotalsJson; readonly new: TotalsJson };
}

export type CompareDocument = FicheCompareDocument | PortfolioCompareDocument;

function pointJson(p: ProjectPoint | null): ProjectPointJson | null {
  if (p === null) return null;
  return {
    title: p.title,
    status: p.status,
    health: {
      budget: p.health.budget,
      schedule: p.health.schedule,
      staffing: p.health.staffing,
      overall: p.health.overall,
    },
    slipWorkingDays: p.slipWorkingDays,
    forecastFinish: p.forecastFinish,
    expenses: { forecast: p.expensesForecast },
    revenues: { forecast: p.revenuesForecast },
    netCost: { forecast: p.netCostForecast },
    errors: p.errors,
    warnings: p.warnings,
  };
}

function totalsJson(t: PortfolioTotalsSnapshot): TotalsJson {
  const h = t.byHealth;
  return {
    projects: t.projects,
    projectsByHealth: { green: h.green, amber: h.amber, red: h.red, unknown: h.unknown },
    expenses: { forecast: t.expensesForecast },
    revenues: { forecast: t.revenuesForecast },
    netCost: { forecast: t.netCostForecast },
  };
}

const sideJson = (s: Side): Side => ({ file: s.file, statusDate: s.statusDate });

/**
 * The JSON document of a comparison.
 * @example toCompareDocument(comparison).changes[0] // { what: "health.overall", old: "green", new: "amber", delta: null }
 */
export function toCompareDocument(c: Comparison): CompareDocument {
  const changes = c.changes.map((ch) => ({ what: ch.what, old: ch.old, new: ch.new, delta: ch.delta }));
  if (c.kind === "fiche") {
    return {
      schemaVersion: 1,
      kind: "fiche",
      old: sideJson(c.old),
      new: sideJson(c.new),
      changes,
      project: { code: c.project.code, title: c.project.title },
    };
  }
  return {
    schemaVersion: 1,
    kind: "portfolio",
    old: sideJson(c.old),
    new: sideJson(c.new),
    changes,
    projects: c.projects.map((e) => ({ code: e.code, move: e.move, old: pointJson(e.old), new: pointJson(e.new) })),
    totals: { old: totalsJson(c.totals.old), new: totalsJson(c.totals.new) },
  };
}

/** The document as written on stdout: two-space indented JSON. */
export function renderCompareDocumentJson(doc: CompareDocument): string {
  return JSON.stringify(doc, null, 2);
}
