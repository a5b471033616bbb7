/**
 * The words of earned value, declared once for the Synthèse, the panel and the command line:
 * each figure's name in words with its acronym in brackets, what it means in one line, and the
 * sentence that tells the estimate at completion from the project lead's Prévision finale.
 */
import type { EvmResult, Lang } from "../types.js";

export type EvmKey = keyof EvmResult;

/** A figure's name in words and what it means, for a finance officer. */
interface Term {
  readonly name: string;
  readonly means: string;
}

const NB = "\u00A0";

/** The figures in the order they are read: the four measures, the gaps, the indices, the end. */
export const EVM_KEYS: readonly EvmKey[] = [
  "bac",
  "pv",
  "ev",
  "ac",
  "cv",
  "sv",
  "cpi",
  "spi",
  "eac",
  "etc",
  "vac",
  "tcpi",
];

const ACRONYM: Readonly<Record<EvmKey, string>> = {
  bac: "BAC",
  pv: "PV",
  ev: "EV",
  ac: "AC",
  cv: "CV",
  sv: "SV",
  cpi: "CPI",
  spi: "SPI",
  eac: "EAC",
  etc: "ETC",
  vac: "VAC",
  tcpi: "TCPI",
};

const TERMS: Readonly<Record<Lang, Readonly<Record<EvmKey, Term>>>> = {
  fr: {
    bac: {
      name: "Budget à l'achèvement",
      means: `budgets des étapes (onglet Calendrier), à défaut le prévu initial des dépenses`,
    },
    pv: { name: "Valeur planifiée", means: `ce qui devait être fait à la date d'état, en euros du budget` },
    ev: { name: "Valeur acquise", means: `ce qui est fait${NB}: budget de chaque étape × son avancement` },
    ac: { name: "Coût réel", means: `ce qui a été payé${NB}: le mandaté des dépenses` },
    cv: { name: "Écart de coût", means: `EV − AC${NB}; positif${NB}: le travail fait a coûté moins que prévu` },
    sv: { name: "Écart de délai", means: `EV − PV${NB}; négatif${NB}: moins de travail fait que prévu à cette date` },
    cpi: { name: "Indice de performance des coûts", means: `EV ÷ AC${NB}; au-dessus de 1${NB}: moins cher que prévu` },
    spi: {
      name: "Indice de performance des délais",
      means: `EV ÷ PV${NB}; en dessous de 1${NB}: en retard sur le prévu`,
    },
    eac: {
      name: "Estimation à l'achèvement",
      means: `BAC ÷ CPI${NB}: le coût final si la performance de coût se maintient`,
    },
    etc: { name: "Reste à faire estimé", means: `EAC − AC${NB}: ce qu'il resterait à payer` },
    vac: {
      name: "Écart à l'achèvement",
      means: `BAC − EAC${NB}; positif${NB}: économie attendue, négatif${NB}: dépassement`,
    },
    tcpi: {
      name: "Indice de performance à terminer",
      means: `(BAC − EV) ÷ (BAC − AC)${NB}: la performance à tenir pour finir dans le BAC`,
    },
  },
  en: {
    bac: {
      name: "Budget at completion",
      means: "the steps' budgets (Calendrier tab), else the expenses' initial budget",
    },
    pv: { name: "Planned value", means: "the work planned by the status date, in budget euros" },
    ev: { name: "Earned value", means: "the work done: each step's budget × its progress" },
    ac: { name: "Actual cost", means: "what was paid: the expenses' Mandaté" },
    cv: { name: "Cost variance", means: "EV − AC; positive: the work done cost less than budgeted" },
    sv: { name: "Schedule variance", means: "EV − PV; negative: less work done than planned by now" },
    cpi: { name: "Cost performance index", means: "EV ÷ AC; above 1: cheaper than budgeted" },
    spi: { name: "Schedule performance index", means: "EV ÷ PV; below 1: behind the plan" },
    eac: { name: "Estimate at completion", means: "BAC ÷ CPI: the final cost if the cost performance holds" },
    etc: { name: "Estimate to complete", means: "EAC − AC: what would remain to pay" },
    vac: { name: "Variance at completion", means: "BAC − EAC; positive: expected saving, negative: overrun" },
    tcpi: {
      name: "To-complete performance index",
      means: "(BAC − EV) ÷ (BAC − AC): the performance needed to finish within BAC",
    },
  },
};

/**
 * A figure's name in words, its acronym in brackets.
 * @example evmLabel("eac", "fr") // "Estimation à l'achèvement (EAC)"
 */
export function evmLabel(key: EvmKey, lang: Lang): string {
  return `${TERMS[lang][key].name} (${ACRONYM[key]})`;
}

/**
 * What a figure means, in one line.
 * @example evmMeaning("cpi", "en") // "EV ÷ AC; above 1: cheaper than budgeted"
 */
export function evmMeaning(key: EvmKey, lang: Lang): string {
  return TERMS[lang][key].means;
}

const WORDS = {
  fr: {
    title: "Suivi par la valeur acquise",
    intro: `Le travail fait est mesuré en euros du budget des étapes, puis comparé au prévu à date et au payé.`,
    indices: `Au-dessus de 1${NB}: moins cher (coûts) ou plus avancé (délais) que prévu.`,
    forecast: "Prévision finale des dépenses",
    forecastMeans: `l'estimation du chef de projet, ligne par ligne (onglet Budget)`,
    eacVersusForecast:
      `L'estimation à l'achèvement (EAC) prolonge la performance de coût constatée à ce jour (BAC ÷ CPI, d'après l'avancement saisi des étapes et le mandaté), ` +
      `tandis que la prévision finale est l'estimation du chef de projet, ligne par ligne${NB}: ` +
      `les deux diffèrent quand l'avancement saisi et les paiements n'évoluent pas au même rythme.`,
  },
  en: {
    title: "Earned value management",
    intro:
      "Work done is measured in the steps' budget euros, then compared with what was planned by now and what was paid.",
    indices: "Above 1: cheaper (cost) or further ahead (schedule) than planned.",
    forecast: "Expenses' forecast (Prévision finale)",
    forecastMeans: "the project lead's own estimate, line by line (Budget tab)",
    eacVersusForecast:
      "The estimate at completion (EAC) extends the cost performance to date (BAC ÷ CPI, from the steps' progress as entered and what was paid), " +
      "while the forecast (Prévision finale) is the project lead's own estimate, line by line: " +
      "the two differ when the progress entered and the payments do not move together.",
  },
} as const;

/** The block's words besides the figures: its title, one line of introduction, the comparison. */
export type EvmWord = keyof (typeof WORDS)["fr"];

/**
 * A sentence or label of the earned-value block.
 * @example evmWords("en", "indices") // "Above 1: cheaper (cost) or further ahead (schedule) than planned."
 */
export function evmWords(lang: Lang, word: EvmWord): string {
  return WORDS[lang][word];
}
