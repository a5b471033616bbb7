/**
 * The drop-down lists of the template: the ones several tabs use, declared here, and each tab's
 * own, declared in its file (`enums`), gathered into {@link ENUMS}.
 */
import type { EnumList } from "./spec.js";
import { type DeclaredTab, TABS } from "./tabs/index.js";

const SHARED_ENUMS = {
  yesno: [
    { value: "oui", en: "yes", aliases: ["o", "y", "x", "vrai", "true", "1"] },
    { value: "non", en: "no", aliases: ["n", "faux", "false", "0"] },
  ],
} as const satisfies Readonly<Record<string, EnumList>>;

/** Each declaration of lists: the shared one, and every tab's `enums`. */
type DeclaredEnums =
  | typeof SHARED_ENUMS
  | (DeclaredTab extends infer T ? (T extends { readonly enums: infer E } ? E : never) : never);
type KeysOf<T> = T extends unknown ? keyof T & string : never;

/** The key of a drop-down list. */
export type EnumKey = KeysOf<DeclaredEnums>;

/**
 * The canonical values of list `E`, as a union: the model's enum types are derived from it.
 * @example const s: EnumValueOf<"status"> = "en cours";
 */
export type EnumValueOf<E extends EnumKey> = DeclaredEnums extends infer O
  ? O extends { readonly [P in E]: readonly { readonly value: infer V }[] }
    ? V
    : never
  : never;

/** Every list once; a key declared twice is a programmer mistake. */
function gatherEnums(): Readonly<Record<EnumKey, EnumList>> {
  const all: Record<string, EnumList> = {};
  for (const lists of [...TABS.map((t) => t.enums ?? {}), SHARED_ENUMS]) {
    for (const [key, values] of Object.entries(lists)) {
      if (key in all) throw new Error(`The list ${key} is declared twice`);
      all[key] = values;
    }
  }
  // The keys gathered are EnumKey's: both are read off the same declarations.
  return all as Readonly<Record<EnumKey, EnumList>>;
}

/** Every drop-down list by key: its canonical (French) values, English values and aliases. */
export const ENUMS = gatherEnums();
