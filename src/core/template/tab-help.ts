/** What each tab of the template is for: one line for the instructions tab and the docs. */
import type { TabKey } from "../types.js";

export const TAB_HELP: Readonly<Record<TabKey, { readonly fr: string; readonly en: string }>> = {
  projet: {
    fr: "Description et ressources du projet : une rubrique par ligne, la valeur en colonne B.",
    en: "What the project is and who runs it: one field per row, its value in column B.",
  },
  validation: {
    fr: "Circuit de validation : instances, dates prévues et décisions.",
    en: "Validation circuit: bodies, planned dates and decisions.",
  },
  calendrier: {
    fr: "Étapes et jalons : dates prévues et réelles, avancement, prédécesseurs (fin → début).",
    en: "Steps and milestones: baseline and actual dates, progress, predecessors (finish-to-start).",
  },
  budget: {
    fr: "Suivi budgétaire : une ligne par poste, exercice et section ; dépenses et recettes.",
    en: "Budget tracking: one row per line, year and section; expenses and revenues.",
  },
  equipe: {
    fr: "Services mobilisés et charge en jours-agent par mois ; les usages numériques font partie de chaque équipe projet.",
    en: "Services involved and their effort in person-days per month; the digital service belongs to every project team.",
  },
  capacite: {
    fr: "Jours que chaque service peut donner aux projets, par mois (facultatif).",
    en: "Days each service can give to projects, per month (optional).",
  },
  evaluation: {
    fr: "Indicateurs d'évaluation : référence, cible, dernière mesure.",
    en: "Evaluation indicators: baseline, target, latest measure.",
  },
};
