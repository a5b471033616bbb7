/**
 * The portfolio capacity of 2026: the person-days each service can give to projects, month by
 * month (less in August). No single example project exceeds it, but together they overload
 * `Usages numériques` from September to December — the load only the portfolio view shows.
 */
import { monthly } from "./build.js";
import type { ExampleCapacityRow } from "./types.js";

/** Twelve months of 2026 from a list of available days. */
function year2026(service: string, days: readonly number[]): ExampleCapacityRow[] {
  return monthly(service, null, null, "2026-01", days).map((r) => ({
    service: r.service,
    month: r.month,
    available: r.planned,
  }));
}

const flat = (days: number, august: number) => [
  days,
  days,
  days,
  days,
  days,
  days,
  days,
  august,
  days,
  days,
  days,
  days,
];

export const EXAMPLE_CAPACITY: readonly ExampleCapacityRow[] = [
  ...year2026("Usages numériques", flat(18, 10)),
  ...year2026("Bâtiments", flat(24, 16)),
  ...year2026("Services techniques", flat(30, 12)),
  ...year2026("Culture", flat(10, 4)),
  ...year2026("Mobilités", flat(8, 4)),
  ...year2026("Aménagement", flat(8, 4)),
  ...year2026("Commande publique", flat(12, 4)),
  ...year2026("Finances", flat(6, 3)),
  ...year2026("Communication", flat(5, 2)),
  ...year2026("Accueil et relation usagers", flat(6, 3)),
  ...year2026("Ressources humaines", flat(4, 2)),
];
