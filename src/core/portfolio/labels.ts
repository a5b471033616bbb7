/**
 * The words of the portfolio's v2 tabs (SPEC §6), French and English; the words they share with
 * the project report (expenses, health…) stay in report/labels.ts.
 */
import { bilingualLabels } from "../messages/index.js";
import type { Lang } from "../types.js";

const FR = {
  dashboardTitle: "Tableau de bord du portefeuille",
  statusDatesDiffer: "dates d'état différentes selon les projets",
  keyFigures: "Chiffres clés",
  projectsCounted: "Projets consolidés",
  expensesForecast: "Dépenses (prévision finale)",
  netCostForecast: "Reste à charge (prévision finale)",
  toReceive: "Financements à encaisser",
  health: "Santé",
  projects: "Projets",
  statuses: "Statuts",
  investmentForecast: "Investissement (prévision finale)",
  overloadedServices: "Services en surcharge",
  overloadNone: "aucun",
  capacityMissing: "capacité des services non fournie",
  projectsByHealth: "Projets par santé",
  investmentByYear: "Investissement par exercice (prévision finale)",
  noInvestment: "Aucune dépense d'investissement",
  projectList: "Projets : rouge, à vérifier, orange, vert, puis par code",
  slip: "Glissement (j ouvrés)",
  notConsolidated: "Classeurs non consolidés",
  setAsideCount: "Classeurs écartés (code en double)",
  ppiTitle: "PPI — plan pluriannuel d'investissement",
  ppiNote: "Dépenses d'investissement, prévision finale, par exercice",
  withoutInvestment: "Sans dépense d'investissement",
  loadTitle: "Charge des services : jours prévus ÷ capacité",
  loadLegend:
    "Orange : au-dessus de 100 % de la capacité ; rouge : au-dessus de 120 % ; case vide : pas de capacité ce mois-là.",
  plannedDays: "Jours prévus",
  capacityDays: "Capacité (jours)",
  overloadCharts: "Services en surcharge : jours prévus et capacité",
  chartData: "Données des graphiques",
  noCapacity: "Capacité des services non fournie (onglet Capacité) : la charge ne peut pas être comparée.",
  noStaffing: "Aucune charge prévue dans les projets consolidés.",
  setAside: "Classeurs écartés : code projet déjà compté dans un autre classeur",
  keptFile: "Classeur compté",
  statusDate: "Date d'état",
  none: "(vide)",
  fundingTitle: "Financements des projets",
  fundingNote:
    "Attendu : notifié, sinon sollicité (0 si refusé, l'encaissé si soldé) ; à encaisser : l'attendu non encore encaissé, hors refusé et soldé.",
  funder: "Financeur",
  scheme: "Dispositif",
  category: "Catégorie",
  requested: "Sollicité",
  awarded: "Notifié",
  received: "Encaissé",
  expected: "Attendu",
  toReceiveShort: "À encaisser",
  budgetRevenues: "Recettes du budget",
  fundingRows: "Lignes",
  byCategory: "Par catégorie",
  byStatus: "Par statut",
  noFunding: "Aucun financement dans les projets consolidés.",
  withoutFunding: "Sans financement",
  fctvaTitle: "FCTVA par année de versement",
  noFctva: "Aucune dépense éligible au FCTVA.",
} as const;

export type PortfolioLabelKey = keyof typeof FR;
/** Every label key (the typography test reads every French label through it). */
export const PORTFOLIO_LABEL_KEYS = Object.keys(FR) as PortfolioLabelKey[];

const EN: Record<PortfolioLabelKey, string> = {
  dashboardTitle: "Portfolio dashboard",
  statusDatesDiffer: "status dates differ between projects",
  keyFigures: "Key figures",
  projectsCounted: "Projects consolidated",
  expensesForecast: "Expenses (forecast)",
  netCostForecast: "Net cost (forecast)",
  toReceive: "Funding to receive",
  health: "Health",
  projects: "Projects",
  statuses: "Status",
  investmentForecast: "Capital expenditure (forecast)",
  overloadedServices: "Overloaded services",
  overloadNone: "none",
  capacityMissing: "no service capacity given",
  projectsByHealth: "Projects by health",
  investmentByYear: "Capital expenditure by year (forecast)",
  noInvestment: "No capital expenditure",
  projectList: "Projects: red, to check, amber, green, then by code",
  slip: "Slip (working days)",
  notConsolidated: "Workbooks not consolidated",
  setAsideCount: "Workbooks set aside (duplicate code)",
  ppiTitle: "Capital plan — multi-year capital expenditure",
  ppiNote: "Capital expenditure, forecast, by year",
  withoutInvestment: "No capital expenditure",
  loadTitle: "Service load: planned days ÷ capacity",
  loadLegend: "Amber: above 100% of capacity; red: above 120%; empty: no capacity that month.",
  plannedDays: "Planned days",
  capacityDays: "Capacity (days)",
  overloadCharts: "Overloaded services: planned days and capacity",
  chartData: "Chart data",
  noCapacity: "No service capacity given (Capacity tab): the load cannot be compared.",
  noStaffing: "No planned days in the consolidated projects.",
  setAside: "Workbooks set aside: their project code is counted from another workbook",
  keptFile: "Workbook counted",
  statusDate: "Status date",
  none: "(empty)",
  fundingTitle: "Project funding",
  fundingNote:
    "Expected: awarded, else requested (0 when refused, the amount received when closed); to receive: expected not yet received, refused and closed excluded.",
  funder: "Funder",
  scheme: "Scheme",
  category: "Category",
  requested: "Requested",
  awarded: "Awarded",
  received: "Received",
  expected: "Expected",
  toReceiveShort: "To receive",
  budgetRevenues: "Budget revenues",
  fundingRows: "Rows",
  byCategory: "By category",
  byStatus: "By status",
  noFunding: "No funding in the consolidated projects.",
  withoutFunding: "No funding",
  fctvaTitle: "FCTVA by year of receipt",
  noFctva: "No expense eligible for the FCTVA.",
};

/**
 * A label function for one language.
 * @example portfolioLabels("en")("toReceive") // "Funding to receive"
 */
export function portfolioLabels(lang: Lang): (key: PortfolioLabelKey) => string {
  return byLang(lang);
}

const byLang = bilingualLabels<PortfolioLabelKey>(FR, EN);
