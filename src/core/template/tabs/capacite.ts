/** The `Capacité` tab (SPEC §1): the days each service can give to projects, per month. */
import { type TabSpec, words } from "../spec.js";

export const CAPACITE = {
  key: "capacite",
  fr: "Capacité",
  en: "Capacity",
  aliases: [],
  required: false,
  shape: "table",
  help: words(
    "Jours que chaque service peut donner aux projets, par mois (facultatif).",
    "Days each service can give to projects, per month (optional).",
  ),
  columns: [
    {
      key: "service",
      fr: "Service",
      en: "Service",
      type: "text",
      required: true,
      width: 22,
      help: words("Service", "Service"),
    },
    { key: "month", fr: "Mois", en: "Month", type: "month", required: true, width: 10, help: words("Mois", "Month") },
    {
      key: "available",
      fr: "Jours disponibles",
      en: "Available days",
      type: "number",
      required: true,
      width: 16,
      help: words(
        "Jours que le service peut donner aux projets ce mois",
        "Days the service can give to projects that month",
      ),
    },
  ],
} as const satisfies TabSpec;
