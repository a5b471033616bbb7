/**
 * The sidebar page's script (inlined into Sidebar.html): the shared panel over
 * `google.script.run`.
 */
import { mountPanel } from "../../panel/panel.js";
import { createSheetsHost, type ScriptRunner } from "./host.js";

declare const google: { readonly script: { readonly run: ScriptRunner } };

const root = document.getElementById("app");
if (root) {
  // French by default (SPEC §2); the panel's FR | EN switch changes it.
  mountPanel(root, createSheetsHost(google.script.run), { lang: "fr" });
}
