/**
 * Template v1 in one import (SPEC §1): the tabs, declared one file each under `tabs/`, their
 * drop-down lists and the key types derived from them. The parser, the template writer, the
 * data validation lists and the docs all read these tables.
 */
export { ENUMS, type EnumKey, type EnumValueOf } from "./enums.js";
export type { ColumnSpec, ColumnType, EnumValue, TabSpec } from "./spec.js";
export {
  type ColumnKey,
  type ColumnRef,
  columnSpec,
  TABS,
  type TabKey,
  type TableTabKey,
  type TemplateColumn,
  type TemplateTab,
  tabSpec,
} from "./tabs/index.js";
export { DEFAULT_DIGITAL_SERVICE, DEFAULT_FCTVA_RATE } from "./tabs/projet.js";
