/**
 * Both projects' menus as a bound script and as an Editor add-on, and what their functions say
 * when they fail: one sentence in the sidebar's language, or in French from a menu (an alert).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { messageText } from "../../src/apps-script/messages.js";
import { MEDIATHEQUE } from "../../src/core/examples/index.js";
import { buildTemplateSheets } from "../../src/core/template/sheets.js";
import { execute, GasWorld } from "../fakes/gas/index.js";
import { type Built, buildApps, fill } from "./helpers.js";

let built: Built;
beforeAll(async () => {
  built = await buildApps();
});

const code = (project: "lead" | "direction") => (project === "lead" ? built.code : built.directionCode);

interface Opening {
  /** The trigger's event (none: run from the script editor). */
  readonly event?: { authMode: string };
  /** The execution's authorization mode. */
  readonly authMode: GasWorld["authMode"];
  /** ScriptApp.getInstallationSource(). */
  readonly source: string;
  readonly trigger: "onOpen" | "onInstall";
}

const OPENINGS: readonly [string, Opening, boolean][] = [
  [
    "bound script, simple trigger",
    { event: { authMode: "LIMITED" }, authMode: "LIMITED", source: "NONE", trigger: "onOpen" },
    false,
  ],
  ["bound script, run from the editor", { authMode: "FULL", source: "NONE", trigger: "onOpen" }, false],
  [
    "add-on installed, not yet used in this file (AuthMode.NONE: menus only)",
    { event: { authMode: "NONE" }, authMode: "NONE", source: "APPS_MARKETPLACE_DOMAIN_ADD_ON", trigger: "onOpen" },
    true,
  ],
  [
    "add-on used in this file",
    {
      event: { authMode: "LIMITED" },
      authMode: "LIMITED",
      source: "APPS_MARKETPLACE_DOMAIN_ADD_ON",
      trigger: "onOpen",
    },
    true,
  ],
  [
    "add-on just installed by the admin (onInstall, AuthMode.FULL)",
    { event: { authMode: "FULL" }, authMode: "FULL", source: "APPS_MARKETPLACE_DOMAIN_ADD_ON", trigger: "onInstall" },
    true,
  ],
];

describe.each(["lead", "direction"] as const)("the %s's menu", (project) => {
  it.each(OPENINGS)("%s → add-on menu: %s", (_edge, opening, addon) => {
    const w = new GasWorld();
    w.scriptApp.installationSource = opening.source;
    w.authMode = opening.authMode;
    execute(code(project), w, opening.trigger, opening.event);
    expect(w.ui.menus.map((m) => ({ name: m.name, addon: m.addon }))).toEqual([
      { name: addon ? "(add-on)" : "Fiche projet", addon },
    ]);
    expect(w.ui.menus[0]?.items[0]).toEqual({ caption: "Ouvrir le panneau", functionName: "showSidebar" });
  });

  it("AuthMode.NONE is enforced by the fake: anything but the menu fails there", () => {
    const w = new GasWorld();
    w.authMode = "NONE";
    fill(w.active, buildTemplateSheets({ lang: "fr", example: MEDIATHEQUE }));
    expect(() => execute(code(project), w, "ficheProjetSummary")).toThrow(/permission/);
  });
});

describe("the project lead's functions fail with one sentence in the sidebar's language", () => {
  const example = () => buildTemplateSheets({ lang: "fr", example: MEDIATHEQUE });

  it.each(["fr", "en"] as const)("a busy document lock (%s)", (lang) => {
    const w = new GasWorld();
    fill(w.active, example());
    w.lockState.heldElsewhere = true;
    expect(() => execute(built.code, w, "ficheProjetCompute", lang)).toThrow(messageText("LOCK_BUSY", {}, lang));
  });

  it.each([
    ["fr", "Erreur inattendue du script\u00A0: Simulated crash in Range.getValues. Réessayez\u00A0; si elle se répète"],
    ["en", "Unexpected script error: Simulated crash in Range.getValues. Try again; if it happens again"],
  ] as const)("a service failing (%s): what happened and what to do", (lang, start) => {
    const w = new GasWorld();
    fill(w.active, example());
    w.clock.crashWhen = (call) => call === "Range.getValues";
    expect(() => execute(built.code, w, "ficheProjetCheck", lang)).toThrow(start);
  });

  it("from the menu: the same failure in French, in an alert", () => {
    const w = new GasWorld();
    fill(w.active, example());
    w.lockState.heldElsewhere = true;
    execute(built.code, w, "menuCompute");
    expect(w.ui.alerts).toEqual([`Fiche projet: ${messageText("LOCK_BUSY", {}, "fr")}`]);
    expect(w.active.toasts).toEqual([]);
  });
});
