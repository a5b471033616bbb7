/**
 * The colours and axis formats of the generated charts, declared once for every host (as
 * look.ts is for cells). Strong enough for bars on white and apart in grey print; the health
 * colours in the order a health chart lists its categories.
 */

/** Colours as `#RRGGBB`, for a series' `color` and `pointColors` (types/chart.ts). */
export const CHART_COLORS = {
  green: "#63BE7B",
  amber: "#FFC000",
  red: "#C00000",
  /** « à vérifier »: a figure not to trust yet. */
  unknown: "#A6A6A6",
  /** Planned days (columns) and the capacity they are held against (a line). */
  planned: "#4472C4",
  capacity: "#C00000",
  investment: "#1F4E79",
  operating: "#9DC3E6",
} as const;

/** The health chart's point colours: green, amber, red, then « à vérifier ». */
export const HEALTH_POINT_COLORS = [CHART_COLORS.green, CHART_COLORS.amber, CHART_COLORS.red, CHART_COLORS.unknown];

/** A money axis in whole euros (the cells keep their cents). */
export const MONEY_AXIS_FORMAT = '#,##0 "€"';
