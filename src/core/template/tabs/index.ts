/**
 * Template v2, declared once as data (SPEC §1, §5): the tabs in workbook order, and the key types
 * derived from them, so that a misspelt tab or column key fails to compile. A new tab is a new
 * file in this folder and one line in {@link DECLARED}.
 */
import type { EnumKey } from "../enums.js";
import type { ColumnSpec, TabSpec } from "../spec.js";
import { BUDGET } from "./budget.js";
import { CALENDRIER } from "./calendrier.js";
import { CAPACITE } from "./capacite.js";
import { EQUIPE } from "./equipe.js";
import { EVALUATION } from "./evaluation.js";
import { FINANCEMENT } from "./financement.js";
import { PROJET } from "./projet.js";
import { VALIDATION } from "./validation.js";

const DECLARED = [PROJET, VALIDATION, CALENDRIER, BUDGET, FINANCEMENT, EQUIPE, CAPACITE, EVALUATION] as const;

/** One tab exactly as declared: literal keys, labels and lists. */
export type DeclaredTab = (typeof DECLARED)[number];
type Declared<K extends TabKey> = Extract<DeclaredTab, { readonly key: K }>;

/** The tabs of the template, by stable key. */
export type TabKey = DeclaredTab["key"];
/** The column (or field) keys of tab `K`; of every tab when `K` is the whole union. */
export type ColumnKey<K extends TabKey> = Declared<K>["columns"][number]["key"];
/** The key/value tab (`projet`). */
export type KeyValueTabKey = Extract<DeclaredTab, { readonly shape: "keyValue" }>["key"];
/** The table tabs. */
export type TableTabKey = Exclude<TabKey, KeyValueTabKey>;
/** One column of one tab as `tab.column`, e.g. `"equipe.planned"`. */
export type ColumnRef = { [K in TabKey]: `${K}.${ColumnKey<K>}` }[TabKey];

/** Tab `K` as code reads it: every optional property present, keys and lists typed. */
export type TemplateTab<K extends TabKey = TabKey> = TabSpec<K, ColumnKey<K>, EnumKey> & {
  readonly shape: Declared<K>["shape"];
};
/** A column of tab `K` as code reads it. */
export type TemplateColumn<K extends TabKey = TabKey> = ColumnSpec<ColumnKey<K>, EnumKey>;
/** Any one tab, as a union that `shape` and `key` narrow. */
export type EachTab = { [K in TabKey]: TemplateTab<K> }[TabKey];

/** The tabs of the template, in workbook order. */
export const TABS: readonly EachTab[] = DECLARED;

/**
 * The spec of one tab by key.
 * @example tabSpec("budget").fr // "Budget"
 */
export function tabSpec<K extends TabKey>(key: K): TemplateTab<K> {
  const spec = TABS.find((t) => t.key === key) as TemplateTab<K> | undefined;
  if (!spec) throw new Error(`Unknown tab key ${key}`);
  return spec;
}

/**
 * The spec of one column of a tab by key.
 * @example columnSpec("budget", "committed").fr // "Engagé"
 */
export function columnSpec<K extends TabKey>(tab: K, key: ColumnKey<K>): TemplateColumn<K> {
  const spec = tabSpec(tab).columns.find((c) => c.key === key);
  if (!spec) throw new Error(`Unknown column ${tab}.${key}`);
  return spec;
}
