/**
 * The words of the Synthèse's « Plan de financement » block, French and English (kept apart
 * from report/labels.ts, whose table the other blocks share).
 */
import { NNBSP } from "../../format.js";
import { bilingualLabels, frenchSpacing } from "../../messages/index.js";
import type { FctvaTiming, Lang } from "../../types.js";

const FR = {
  plan: "Plan de financement",
  funder: "Financeur",
  scheme: "Dispositif",
  category: "Catégorie",
  status: "Statut",
  expected: "Attendu",
  received: "Encaissé",
  toReceive: "Reste à encaisser",
  total: "Total",
  fromBudget:
    "Pas de ligne dans l'onglet Financement : les recettes d'investissement du Budget tiennent lieu de plan (toutes publiques).",
  investment: "Dépenses d'investissement (prév. finale)",
  expectedTotal: "Financements attendus",
  publicExpected: "dont aides publiques",
  privateExpected: "dont financements privés",
  requested: "Montants sollicités",
  awarded: "Montants notifiés",
  receivedTotal: "Encaissé",
  toReceiveTotal: "Reste à encaisser",
  awardedToReceive: "dont notifié non encaissé",
  ownerShare: "Autofinancement",
  ownerShareRate: "Part d'autofinancement",
  publicAidRate: "Taux d'aides publiques (plafond 80 %)",
  aboveLimit: "au-dessus du plafond de 80 % (CGCT L1111-10)",
  withinLimit: "dans le plafond de 80 % (CGCT L1111-10)",
  waived: "au-dessus de 80 %, dérogation 20 % déclarée",
  noRate: "non calculable (aucun financement public ou autofinancement négatif)",
  fctvaByYear: "FCTVA par année de versement (régime {timing})",
  year: "Année",
  fctva: "FCTVA",
  noFctva: "Aucune dépense éligible au FCTVA.",
} as const;

type Key = keyof typeof FR;

const EN: Record<Key, string> = {
  plan: "Financing plan",
  funder: "Funder",
  scheme: "Scheme",
  category: "Category",
  status: "Status",
  expected: "Expected",
  received: "Received",
  toReceive: "Still to receive",
  total: "Total",
  fromBudget: "No row in the Funding tab: the Budget's capital revenues stand for the plan (all public).",
  investment: "Capital expenses (forecast)",
  expectedTotal: "Funding expected",
  publicExpected: "of which public aid",
  privateExpected: "of which private funding",
  requested: "Amounts requested",
  awarded: "Amounts awarded",
  receivedTotal: "Received",
  toReceiveTotal: "Still to receive",
  awardedToReceive: "of which awarded, not yet received",
  ownerShare: "Owner's share (self-financing)",
  ownerShareRate: "Owner's share of the capital expenses",
  publicAidRate: "Public aid rate (80 % cap)",
  aboveLimit: "above the 80 % cap (CGCT L1111-10)",
  withinLimit: "within the 80 % cap (CGCT L1111-10)",
  waived: "above 80 %, 20 % rule waiver declared",
  noRate: "cannot be computed (no public funding, or a negative owner's share)",
  fctvaByYear: "VAT refund (FCTVA) by year received ({timing} timing)",
  year: "Year",
  fctva: "FCTVA",
  noFctva: "No expense eligible to the VAT refund.",
};

/**
 * A label function for one language.
 * @example fundingLabels("en")("ownerShare") // "Owner's share (self-financing)"
 */
export function fundingLabels(lang: Lang): (key: Key) => string {
  return byLang(lang);
}

/** French typography: no-break spaces before `:` and `%` (a narrow pane never strands them). */
const byLang = bilingualLabels<Key>(FR, EN, (v) => frenchSpacing(v).replace(/ %/g, `${NNBSP}%`));

/**
 * The FCTVA subtitle with its régime.
 * @example fctvaTitle("N+2", "fr") // "FCTVA par année de versement (régime N+2)"
 */
export function fctvaTitle(timing: FctvaTiming, lang: Lang): string {
  return fundingLabels(lang)("fctvaByYear").replace("{timing}", timing);
}
