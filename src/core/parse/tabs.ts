/**
 * The one tab matcher (SPEC §1: case-, accent- and space-insensitive; French, English and
 * aliases). The parser and every host find the template's tabs through it.
 */
import { normalizeLabel } from "../cells/normalize.js";
import { TABS, type TemplateTab } from "../template/columns.js";
import type { Sheet, TabKey, WorkbookGrid } from "../types.js";

/** Every name a tab is accepted under. */
function namesOf(spec: TemplateTab): readonly string[] {
  return [spec.fr, spec.en, ...spec.aliases];
}

const KEYS_BY_NAME = new Map<string, TabKey>(
  TABS.flatMap((spec) => namesOf(spec).map((name) => [normalizeLabel(name), spec.key] as const)),
);

/**
 * The template tab a sheet name stands for, or null.
 * @example tabKeyOf(" CALENDRIER ") // "calendrier"
 */
export function tabKeyOf(name: string): TabKey | null {
  return KEYS_BY_NAME.get(normalizeLabel(String(name ?? ""))) ?? null;
}

/** Whether a sheet name is one of the template's input tabs (any accepted spelling). */
export function isInputTab(name: string): boolean {
  return tabKeyOf(name) !== null;
}

/**
 * The first of `names` that stands for template tab `key`, or null.
 * @example findTabName(["Budget", "Projet"], "projet") // "Projet"
 */
export function findTabName(names: readonly string[], key: TabKey): string | null {
  return names.find((name) => tabKeyOf(name) === key) ?? null;
}

/**
 * Whether the workbook has every required tab of the template (by any accepted name).
 * @example hasTemplate(["Projet", "Calendrier", "Budget", "Équipe"]) // true
 */
export function hasTemplate(names: readonly string[]): boolean {
  const present = new Set(names.map(tabKeyOf));
  return TABS.every((spec) => !spec.required || present.has(spec.key));
}

/**
 * The first sheet that stands for the tab, or null.
 * @example findSheet({ sheets: [{ name: " calendrier ", rows: [] }] }, tabSpec("calendrier"))?.name // " calendrier "
 */
export function findSheet(grid: WorkbookGrid, spec: TemplateTab): Sheet | null {
  return grid.sheets.find((s) => tabKeyOf(s.name) === spec.key) ?? null;
}
