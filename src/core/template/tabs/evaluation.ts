/** The `Évaluation` tab (SPEC §1): the indicators, their baseline, target and latest measure. */
import { type TabSpec, words } from "../spec.js";

export const EVALUATION = {
  key: "evaluation",
  fr: "Évaluation",
  en: "Evaluation",
  aliases: ["Indicateurs", "Indicators"],
  required: false,
  shape: "table",
  help: words(
    "Indicateurs d'évaluation : référence, cible, dernière mesure.",
    "Evaluation indicators: baseline, target, latest measure.",
  ),
  enums: {
    trend: [
      { value: "hausse", en: "up", aliases: ["augmentation", "increase"] },
      { value: "baisse", en: "down", aliases: ["diminution", "decrease"] },
    ],
  },
  columns: [
    {
      key: "name",
      fr: "Indicateur",
      en: "Indicator",
      type: "text",
      required: true,
      width: 32,
      help: words("Nom de l'indicateur", "Indicator name"),
    },
    { key: "unit", fr: "Unité", en: "Unit", type: "text", width: 10, help: words("Unité", "Unit") },
    {
      key: "baseline",
      fr: "Référence",
      en: "Baseline",
      type: "number",
      width: 12,
      help: words("Valeur de départ", "Starting value"),
    },
    {
      key: "target",
      fr: "Cible",
      en: "Target",
      type: "number",
      width: 12,
      help: words("Valeur visée", "Target value"),
    },
    {
      key: "measured",
      fr: "Mesure",
      en: "Measured",
      type: "number",
      width: 12,
      help: words("Dernière mesure", "Latest measure"),
    },
    {
      key: "measuredOn",
      fr: "Date de mesure",
      en: "Measured on",
      type: "date",
      width: 14,
      help: words("Date de la mesure", "Date of the measure"),
    },
    {
      key: "direction",
      fr: "Sens",
      en: "Direction",
      type: "enum",
      enumKey: "trend",
      width: 10,
      help: words("hausse (défaut) ou baisse", "up (default) or down"),
    },
  ],
} as const satisfies TabSpec;
