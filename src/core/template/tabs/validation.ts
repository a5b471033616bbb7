/** The `Validation` tab (SPEC §1): the validation circuit, one row per stage. */
import { type TabSpec, words } from "../spec.js";

export const VALIDATION = {
  key: "validation",
  fr: "Validation",
  en: "Approvals",
  aliases: ["Circuit de validation", "Validation circuit"],
  required: false,
  shape: "table",
  help: words(
    "Circuit de validation : instances, dates prévues et décisions.",
    "Validation circuit: bodies, planned dates and decisions.",
  ),
  enums: {
    decision: [
      { value: "favorable", en: "approved", aliases: ["favourable", "avis favorable"] },
      { value: "défavorable", en: "rejected", aliases: ["unfavourable", "avis défavorable"] },
      { value: "ajourné", en: "postponed", aliases: ["deferred", "ajournée"] },
      { value: "en attente", en: "pending", aliases: ["waiting"] },
    ],
  },
  columns: [
    {
      key: "stage",
      fr: "Étape",
      en: "Stage",
      type: "text",
      required: true,
      width: 28,
      help: words("Étape du circuit de validation", "Stage of the validation circuit"),
    },
    {
      key: "body",
      fr: "Instance",
      en: "Body",
      type: "text",
      width: 28,
      help: words("Ex. Bureau communautaire", "E.g. Bureau communautaire"),
    },
    {
      key: "plannedDate",
      fr: "Date prévue",
      en: "Planned date",
      type: "date",
      width: 14,
      help: words("Date prévue de passage", "Planned date"),
    },
    {
      key: "decisionDate",
      fr: "Date de décision",
      en: "Decision date",
      type: "date",
      width: 16,
      help: words("Date de la décision", "Decision date"),
    },
    {
      key: "decision",
      fr: "Décision",
      en: "Decision",
      type: "enum",
      enumKey: "decision",
      width: 14,
      help: words("favorable, défavorable, ajourné, en attente", "approved, rejected, postponed, pending"),
    },
  ],
} as const satisfies TabSpec;
