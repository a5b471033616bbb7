/**
 * The `Financement` tab (SPEC §5.1, template v2): the plan de financement, one row per aid
 * sought or obtained, with its amounts, its status and the deadlines its decision sets.
 */
import { type TabSpec, words } from "../spec.js";

export const FINANCEMENT = {
  key: "financement",
  fr: "Financement",
  en: "Funding",
  aliases: ["Plan de financement", "Financing plan", "Funding plan"],
  required: false,
  shape: "table",
  help: words(
    "Plan de financement : une ligne par aide demandée ou obtenue (DETR, DSIL, Région, FEDER, mécénat…).",
    "Financing plan: one row per aid sought or obtained (DETR, DSIL, Region, ERDF, sponsorship…).",
  ),
  enums: {
    fundingCategory: [
      { value: "État", en: "State", aliases: ["Etat"] },
      {
        value: "Collectivité",
        en: "Local authority",
        aliases: ["Collectivité territoriale", "Collectivités", "Local government"],
      },
      { value: "Europe", en: "EU", aliases: ["Union européenne", "UE", "European Union"] },
      { value: "Autre public", en: "Other public", aliases: ["Autre financeur public", "Other public body"] },
      { value: "Privé", en: "Private", aliases: ["Mécénat", "Sponsorship"] },
    ],
    fundingStatus: [
      { value: "envisagé", en: "planned", aliases: ["à solliciter", "prévu"] },
      { value: "sollicité", en: "requested", aliases: ["demandé", "déposé", "applied"] },
      { value: "notifié", en: "awarded", aliases: ["accordé", "attribué", "obtenu", "granted"] },
      { value: "refusé", en: "refused", aliases: ["rejeté", "rejected", "declined"] },
      { value: "soldé", en: "closed", aliases: ["clos", "versé", "settled", "paid in full"] },
    ],
  },
  columns: [
    {
      key: "funder",
      fr: "Financeur",
      en: "Funder",
      type: "text",
      required: true,
      width: 28,
      help: words(
        "État, Région, Département, Union européenne, CAF, une entreprise…",
        "State, Region, Department, European Union, CAF, a company…",
      ),
    },
    {
      key: "scheme",
      fr: "Dispositif",
      en: "Scheme",
      type: "text",
      width: 22,
      help: words(
        "DETR, DSIL, Fonds vert, FEDER, LEADER, contrat de territoire, mécénat…",
        "DETR, DSIL, Green Fund, ERDF, LEADER, territorial contract, sponsorship…",
      ),
    },
    {
      key: "category",
      fr: "Catégorie",
      en: "Category",
      type: "enum",
      enumKey: "fundingCategory",
      required: true,
      width: 14,
      help: words(
        "État, Collectivité, Europe, Autre public ou Privé (seul Privé n'est pas public)",
        "State, Local authority, EU, Other public or Private (only Private is not public)",
      ),
    },
    {
      key: "eligibleBase",
      fr: "Assiette éligible",
      en: "Eligible base",
      type: "amount",
      width: 16,
      help: words(
        "Dépense à laquelle le taux s'applique, selon le financeur",
        "Expense the rate applies to, as the funder states it",
      ),
    },
    {
      key: "rate",
      fr: "Taux",
      en: "Rate",
      type: "percent",
      width: 9,
      help: words("Taux d'aide sur l'assiette éligible", "Aid rate on the eligible base"),
    },
    {
      key: "requested",
      fr: "Montant sollicité",
      en: "Requested",
      type: "amount",
      width: 16,
      help: words("Montant demandé dans le dossier", "Amount applied for"),
    },
    {
      key: "filedOn",
      fr: "Date de dépôt",
      en: "Filed on",
      type: "date",
      width: 13,
      help: words("Date de dépôt du dossier", "Date the application was filed"),
    },
    {
      key: "awarded",
      fr: "Montant notifié",
      en: "Awarded",
      type: "amount",
      width: 16,
      help: words("Montant de l'arrêté ou de la convention", "Amount of the award decision or agreement"),
    },
    {
      key: "awardedOn",
      fr: "Date de notification",
      en: "Awarded on",
      type: "date",
      width: 14,
      help: words("Date de notification de la décision", "Date the award was notified"),
    },
    {
      key: "received",
      fr: "Montant encaissé",
      en: "Received",
      type: "amount",
      width: 16,
      help: words("Avances et acomptes encaissés (défaut 0)", "Advances and instalments received (default 0)"),
    },
    {
      key: "status",
      fr: "Statut",
      en: "Status",
      type: "enum",
      enumKey: "fundingStatus",
      width: 12,
      help: words(
        "envisagé, sollicité, notifié, refusé ou soldé (défaut : notifié si un montant notifié, sollicité si une date de dépôt, sinon envisagé)",
        "planned, requested, awarded, refused or closed (default: awarded with an awarded amount, requested with a filing date, else planned)",
      ),
    },
    {
      key: "startBy",
      fr: "Début au plus tard",
      en: "Start by",
      type: "date",
      width: 14,
      help: words(
        "Date limite de commencement (DETR, DSIL : 2 ans après la notification)",
        "Date by which the work must start (DETR, DSIL: 2 years after the award)",
      ),
    },
    {
      key: "completeBy",
      fr: "Achèvement au plus tard",
      en: "Complete by",
      type: "date",
      width: 16,
      help: words(
        "Date limite d'achèvement (DETR, DSIL : 4 ans)",
        "Date by which the work must be complete (DETR, DSIL: 4 years)",
      ),
    },
  ],
} as const satisfies TabSpec;
