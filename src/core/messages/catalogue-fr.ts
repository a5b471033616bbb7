/** French messages (the default language), one per issue code. */
import { formatDate, formatMoney, formatMonth, formatNumber, formatPercent } from "../format.js";
import { describeExpected } from "./expected.js";
import { type Catalogue, type NumberKey, num, str } from "./params.js";

const money = <P extends object>(p: P, k: NumberKey<P>) => formatMoney(num(p, k), "fr");
const date = <P extends object>(p: P, k: keyof P & string) => (str(p, k) ? formatDate(str(p, k), "fr") : "?");
const q = (s: string) => `« ${s} »`;
const pct2 = <P extends object>(p: P, k: NumberKey<P>) => formatPercent(num(p, k), "fr", 2);
/** A row of the plan de financement: « Financeur — Dispositif ». */
const who = (p: { readonly funder: string; readonly scheme: string }) =>
  q(str(p, "scheme") ? `${str(p, "funder")} — ${str(p, "scheme")}` : str(p, "funder"));

/** French message of each code. */
export const FR: Catalogue = {
  TAB_MISSING: (p) => `Onglet ${q(str(p, "tab"))} absent : il est obligatoire`,
  COLUMN_MISSING: (p) =>
    str(p, "tab") === "Projet"
      ? `Rubrique ${q(str(p, "column"))} absente de l'onglet ${q("Projet")} (colonne A)`
      : `Colonne ${q(str(p, "column"))} absente de l'onglet ${q(str(p, "tab"))}`,
  VALUE_REQUIRED: (p) => `${q(str(p, "column"))} est obligatoire : la cellule est vide`,
  VALUE_INVALID: (p) =>
    `${q(str(p, "column"))} : attendu ${describeExpected(str(p, "expected"), "fr")}, trouvé ${q(str(p, "found"))}`,
  CELL_FORMULA_ERROR: (p) => `Erreur de formule ${str(p, "error")} : corrigez la formule ou saisissez une valeur`,
  ID_DUPLICATE: (p) => `ID ${q(str(p, "id"))} en double (déjà utilisé en ${str(p, "firstCell")})`,
  STEP_UNKNOWN: (p) => `Étape ${q(str(p, "id"))} inconnue : aucun ID du Calendrier ne correspond`,
  SCHEDULE_CYCLE: (p) => `Les prédécesseurs forment une boucle : ${str(p, "ids")}`,
  DATE_ORDER: (p) => `Fin (${date(p, "finish")}) antérieure au début (${date(p, "start")})`,
  BUDGET_OVERCOMMITTED: (p) =>
    `Engagé (${money(p, "committed")}) supérieur aux crédits ouverts (${money(p, "open")}) sur ${q(str(p, "line"))}`,
  BUDGET_PAID_EXCEEDS_COMMITTED: (p) =>
    `Mandaté (${money(p, "paid")}) supérieur à l'engagé (${money(p, "committed")}) sur ${q(str(p, "line"))}`,
  BUDGET_FORECAST_OVERRUN: (p) =>
    `Prévision finale (${money(p, "forecast")}) supérieure aux crédits ouverts (${money(p, "open")}) sur ${q(str(p, "line"))}`,
  STEP_LATE: (p) =>
    `Étape ${q(str(p, "id"))} en retard : fin prévue le ${date(p, "baselineFinish")}, non terminée au ${date(p, "statusDate")}`,
  STEP_FORECAST_IN_PAST: (p) =>
    `Étape ${q(str(p, "id"))} : fin prévisionnelle du ${date(p, "forecastFinish")} dépassée au ${date(p, "statusDate")}, à mettre à jour`,
  STAFF_OVERLOAD: (p) =>
    `${q(str(p, "service"))} surchargé en ${formatMonth(str(p, "month"), "fr")} : ${formatNumber(num(p, "planned"), "fr")} j prévus pour ${formatNumber(num(p, "capacity"), "fr")} j disponibles`,
  DIGITAL_SERVICE_ABSENT: (p) => `Le service ${q(str(p, "service"))} n'a aucune ligne dans l'équipe projet`,
  VALIDATION_OVERDUE: (p) =>
    `Validation ${q(str(p, "stage"))} prévue le ${date(p, "plannedDate")} toujours sans décision`,
  EVALUATION_MISSING: () => "Projet réalisé sans aucun indicateur mesuré : renseignez au moins une mesure",
  AP_EXCEEDED: (p) =>
    `Engagé en investissement (${money(p, "committed")}) supérieur à l'autorisation de programme (${money(p, "ap")})`,
  COFINANCING_ABOVE_80: (p) =>
    `Aides publiques à ${pct2(p, "rate")} des financements publics : la collectivité doit en apporter au moins 20 % (CGCT L1111-10), sauf dérogation`,
  FUNDING_OVERFUNDED: (p) =>
    `Financements attendus (${money(p, "expected")}) supérieurs aux dépenses d'investissement prévues (${money(p, "expenses")}) : autofinancement négatif`,
  FUNDING_AWARD_ABOVE_BASE: (p) =>
    `Montant notifié (${money(p, "awarded")}) supérieur au taux × assiette (${formatPercent(num(p, "rate"), "fr")} × ${money(p, "base")} = ${money(p, "ceiling")}) pour ${who(p)}`,
  FUNDING_RECEIVED_EXCEEDS_AWARDED: (p) =>
    `Encaissé (${money(p, "received")}) supérieur au montant notifié (${money(p, "awarded")}) pour ${who(p)}`,
  FUNDING_START_DEADLINE: (p) =>
    `${who(p)} : l'opération devait commencer au plus tard le ${date(p, "startBy")} et aucune étape n'a de début réel à cette date (état au ${date(p, "statusDate")}) : risque de caducité`,
  FUNDING_COMPLETION_DEADLINE: (p) =>
    `${who(p)} : achèvement exigé au plus tard le ${date(p, "completeBy")}, fin prévisionnelle du projet le ${date(p, "forecastFinish")} : demandez une prorogation ou replanifiez`,
  FUNDING_BUDGET_MISMATCH: (p) =>
    `Plan de financement (${money(p, "funding")} attendus) différent des recettes d'investissement du Budget (${money(p, "budget")} en prévision finale)`,
  PORTFOLIO_DUPLICATE_CODE: (p) =>
    `Code projet ${q(str(p, "code"))} dans plusieurs classeurs (${str(p, "files")}) : seul ${str(p, "kept")} est compté, les autres sont écartés`,
  FILE_UNREADABLE: (p) => `Fichier ${q(str(p, "file"))} illisible : ${str(p, "reason")}`,
  PORTFOLIO_NOT_A_PROJECT: () =>
    "Classeur écrit par fiche-projet (un portefeuille ou un rapport), sans onglet Projet : ignoré",
  PORTFOLIO_CAPACITY_FILE: () =>
    "Classeur de capacité (onglet Capacité, sans onglet Projet) : c'est la capacité des services du portefeuille",
  PORTFOLIO_CAPACITY_IGNORED: () =>
    "Classeur de capacité (onglet Capacité, sans onglet Projet) ignoré : une autre capacité des services est utilisée",
};
