/**
 * The shapes a template tab is declared with (SPEC §1). Each tab's file under `tabs/` is one
 * object `as const satisfies TabSpec`, so that its keys stay literal types the rest of the
 * core is checked against (see `tabs/index.ts`).
 */

/** How a cell is read. `enum` and `yesno` columns name their list in `enumKey`. */
export type ColumnType =
  | "text"
  | "list"
  | "amount"
  | "date"
  | "percent"
  | "month"
  | "year"
  | "number"
  | "yesno"
  | "enum";

/** One value of a drop-down list. */
export interface EnumValue {
  /** Canonical (French) value, as written in the data model. */
  readonly value: string;
  readonly en: string;
  /** Other accepted spellings (matched loosely). */
  readonly aliases?: readonly string[];
}

/** A drop-down list: its values in the order the list shows them. */
export type EnumList = readonly EnumValue[];

/** A text in both languages of the template. */
export interface Words {
  readonly fr: string;
  readonly en: string;
}

/**
 * A text in French and English.
 * @example words("Date prévue", "Planned date") // { fr: "Date prévue", en: "Planned date" }
 */
export function words(fr: string, en: string): Words {
  return { fr, en };
}

/** One column of a table tab, or one field of the key/value tab. `K` its key, `E` the list keys. */
export interface ColumnSpec<K extends string = string, E extends string = string> {
  /** Field of the model, and key of the layout's `columns` (or `rows`). */
  readonly key: K;
  readonly fr: string;
  readonly en: string;
  readonly aliases?: readonly string[];
  readonly type: ColumnType;
  readonly enumKey?: E;
  readonly required?: boolean;
  /** For `list` columns: the separators (default `;` and `,`). Names of people keep their commas. */
  readonly separators?: ";" | ";,";
  /** Width in characters for the template writer. */
  readonly width: number;
  /** One line for the instructions tab and the docs. */
  readonly help: Words;
}

/** One tab of the template. `K` its key, `C` its column keys, `E` the list keys. */
export interface TabSpec<K extends string = string, C extends string = string, E extends string = string> {
  readonly key: K;
  readonly fr: string;
  readonly en: string;
  readonly aliases: readonly string[];
  readonly required: boolean;
  /** `keyValue`: labels in column A, values in column B (the Projet tab). */
  readonly shape: "keyValue" | "table";
  /** What the tab is for: one line for the instructions tab and the docs. */
  readonly help: Words;
  /** The drop-down lists this tab brings, by key (lists several tabs use are in `enums.ts`). */
  readonly enums?: Readonly<Record<string, EnumList>>;
  readonly columns: readonly ColumnSpec<C, E>[];
}
