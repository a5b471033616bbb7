/** What a workbook is, for "what changed": a fiche projet, a generated portfolio, or neither. */
import { findTabName } from "../parse/tabs.js";
import type { WorkbookGrid } from "../types.js";
import { portfolioTabOf } from "./portfolioTab.js";

export type WorkbookKind = "fiche" | "portfolio" | "other";

/**
 * A fiche has a `Projet` tab (under any accepted name); a portfolio has a `Portefeuille` tab
 * carrying the generated mark. A fiche wins: a project lead's own tab named Portefeuille
 * does not make a fiche a portfolio.
 * @example workbookKind({ sheets: [{ name: "Projet", rows: [] }] }) // "fiche"
 */
export function workbookKind(grid: WorkbookGrid): WorkbookKind {
  if (
    findTabName(
      grid.sheets.map((s) => s.name),
      "projet",
    ) !== null
  )
    return "fiche";
  return portfolioTabOf(grid) !== null ? "portfolio" : "other";
}
