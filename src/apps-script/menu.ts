/**
 * The "Fiche projet" menu, for a script bound to its spreadsheet and for the same script
 * published as an Editor add-on. Google's "Custom menus for Editor add-ons": an add-on inserts its
 * menu under Extensions with `Ui.createAddonMenu()` (a top-level menu of a published add-on moves
 * there anyway); a bound script keeps its own top-level menu with `Ui.createMenu()`.
 *
 * Which one runs: an `onOpen` in `AuthMode.NONE` is an add-on's ("Only published Editor add-ons
 * can be in AuthMode.NONE"), and there only the menu may be touched, so nothing else is asked;
 * otherwise `ScriptApp.getInstallationSource()` says NONE ("Script is not running as an add-on")
 * for a bound script, and how the add-on was installed for an add-on.
 */

export interface MenuItem {
  readonly caption: string;
  /** A top-level function of Code.js. */
  readonly fn: string;
}

/** `e.authMode` of a trigger event, by name (Apps Script's enum values compare by their name). */
function authModeOf(event: unknown): string | null {
  if (event === null || typeof event !== "object" || !("authMode" in event)) return null;
  return String((event as { authMode: unknown }).authMode);
}

/** Whether this execution is the script running as an Editor add-on. */
export function runsAsAddon(event: unknown): boolean {
  if (authModeOf(event) === String(ScriptApp.AuthMode.NONE)) return true;
  try {
    return String(ScriptApp.getInstallationSource()) !== String(ScriptApp.InstallationSource.NONE);
  } catch {
    // Not knowing is a bound script's case: a top-level menu it can always add.
    return false;
  }
}

/** Adds the menu: under Extensions for an add-on, a top-level `title` menu for a bound script. */
export function addMenu(event: unknown, title: string, items: readonly MenuItem[]): void {
  const ui = SpreadsheetApp.getUi();
  const menu = runsAsAddon(event) ? ui.createAddonMenu() : ui.createMenu(title);
  for (const item of items) menu.addItem(item.caption, item.fn);
  menu.addToUi();
}
