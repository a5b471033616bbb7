/**
 * What a cell should have held, as words: the `expected` param of VALUE_INVALID is a type key
 * (`amount`, `date`…), a constraint key (`amountPositive`…) or an enum key (`status`…).
 */
import { ENUMS, type EnumKey } from "../template/columns.js";
import type { Lang } from "../types.js";
import { enumValues } from "./labels.js";

const PHRASES: Readonly<Record<string, { readonly fr: string; readonly en: string }>> = {
  text: { fr: "un texte", en: "a text" },
  list: { fr: "une liste de valeurs séparées par ; ou ,", en: "a list of values separated by ; or ," },
  amount: { fr: "un montant (ex. 1 234,56)", en: "an amount (e.g. 1234.56)" },
  amountNoMultiplier: {
    fr: "un montant en euros écrit en entier, sans « k » ni « M » (ex. 12 000)",
    en: 'an amount in euros written in full, without "k" or "M" (e.g. 12000)',
  },
  amountPositive: { fr: "un montant positif ou nul", en: "an amount of zero or more" },
  date: { fr: "une date (ex. 31/12/2026)", en: "a date (e.g. 2026-12-31)" },
  percent: { fr: "un pourcentage (ex. 45 %)", en: "a percentage (e.g. 45%)" },
  percentRange: { fr: "un pourcentage entre 0 et 100 %", en: "a percentage between 0 and 100%" },
  month: { fr: "un mois (ex. 2026-03, 03/2026 ou mars 2026)", en: "a month (e.g. 2026-03, 03/2026 or March 2026)" },
  year: { fr: "une année (ex. 2026)", en: "a year (e.g. 2026)" },
  number: { fr: "un nombre", en: "a number" },
  numberPositive: { fr: "un nombre positif ou nul", en: "a number of zero or more" },
  yesno: { fr: "oui ou non", en: "yes or no" },
};

/**
 * The words for an `expected` key.
 * @example describeExpected("decision", "fr") // "l'une des valeurs : favorable, défavorable, ajourné, en attente"
 */
export function describeExpected(expected: string, lang: Lang): string {
  const phrase = PHRASES[expected];
  if (phrase) return phrase[lang];
  if (expected in ENUMS) {
    const values = enumValues(expected as EnumKey, lang).join(", ");
    return lang === "fr" ? `l'une des valeurs : ${values}` : `one of: ${values}`;
  }
  return expected;
}
