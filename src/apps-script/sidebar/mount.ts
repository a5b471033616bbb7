/**
 * Mounts the shared panel in a sidebar page, with the actions of the project that serves it:
 * the project lead's offers Créer la fiche, Vérifier and Calculer (its script reaches its own
 * spreadsheet only); the direction's offers Consolider (its spreadsheet is the portfolio).
 */
import type { Action } from "../../panel/host.js";
import { mountPanel } from "../../panel/panel.js";
import { createSheetsHost, type ScriptRunner, type SidebarRole } from "./host.js";

declare const google: { readonly script: { readonly run: ScriptRunner } };

/** The actions each role's sidebar offers. */
export const SIDEBAR_ACTIONS: Readonly<Record<SidebarRole, readonly Action[]>> = {
  lead: ["template", "check", "compute"],
  direction: ["consolidate"],
};

/** Mounts the panel into `#app`, French by default (SPEC §2; its FR | EN switch changes it). */
export function mountSidebar(role: SidebarRole): void {
  const root = document.getElementById("app");
  if (!root) return;
  mountPanel(root, createSheetsHost(google.script.run, { role }), { lang: "fr", actions: SIDEBAR_ACTIONS[role] });
}
