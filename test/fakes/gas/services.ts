/**
 * The Apps Script services around the spreadsheet: Ui, PropertiesService, LockService, ScriptApp,
 * Utilities, HtmlService, Session (DriveApp is drive.ts) — each with the limits of the real one
 * that a script can hit (9 KB per property, 500 KB per store, 20 triggers, lock timeouts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SimClock } from "./clock.js";
import { formatDate } from "./dates.js";
import type { FakeBlob } from "./drive.js";
import { unzip } from "./unzip.js";

export { FakeBlob, FakeDrive, type FakeFileRecord, MimeType } from "./drive.js";

// ---------------------------------------------------------------------------------------------
// Ui
// ---------------------------------------------------------------------------------------------

export interface MenuRecord {
  /** The caption of a top-level menu; an add-on's menu is named after the add-on by Sheets. */
  name: string;
  /** Made by `createAddonMenu()`: a sub-menu of Extensions ("Custom menus for Editor add-ons"). */
  addon: boolean;
  items: { caption: string; functionName: string }[];
}

export class FakeUi {
  readonly menus: MenuRecord[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly alerts: string[] = [];
  /** Answers that `prompt` returns, in order. */
  readonly promptAnswers: { text: string; button: string }[] = [];
  readonly Button = { OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO", CLOSE: "CLOSE" };
  readonly ButtonSet = { OK: "OK", OK_CANCEL: "OK_CANCEL", YES_NO: "YES_NO", YES_NO_CANCEL: "YES_NO_CANCEL" };

  createMenu(name: string) {
    return this.menu({ name, addon: false, items: [] });
  }
  createAddonMenu() {
    return this.menu({ name: "(add-on)", addon: true, items: [] });
  }
  private menu(record: MenuRecord) {
    const menu = {
      addItem: (caption: string, functionName: string) => {
        record.items.push({ caption, functionName });
        return menu;
      },
      addSeparator: () => menu,
      addToUi: () => {
        this.menus.push(record);
      },
    };
    return menu;
  }
  showSidebar(html: FakeHtmlOutput) {
    this.sidebars.push(html);
  }
  alert(a: string, b?: string) {
    this.alerts.push(b === undefined ? a : `${a}: ${b}`);
    return this.Button.OK;
  }
  prompt(_title: string, _message?: string, _buttons?: string) {
    const answer = this.promptAnswers.shift() ?? { text: "", button: this.Button.CANCEL };
    return { getResponseText: () => answer.text, getSelectedButton: () => answer.button };
  }
}

// ---------------------------------------------------------------------------------------------
// PropertiesService
// ---------------------------------------------------------------------------------------------

const bytes = (s: string) => Buffer.byteLength(s, "utf8");
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

export class FakeProperties {
  readonly data = new Map<string, string>();
  constructor(private readonly clock: SimClock) {}

  private total(next: Map<string, string>) {
    let n = 0;
    for (const [k, v] of next) n += bytes(k) + bytes(v);
    return n;
  }
  private commit(next: Map<string, string>) {
    for (const v of next.values()) {
      if (bytes(v) > PROPERTY_VALUE_LIMIT) throw new Error("Exception: Argument too large: value");
    }
    if (this.total(next) > PROPERTY_STORE_LIMIT) {
      throw new Error(
        "Exception: You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    }
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
  }
  getProperty(k: string) {
    this.clock.spend("Properties.read");
    return this.data.get(k) ?? null;
  }
  getProperties() {
    this.clock.spend("Properties.read");
    return Object.fromEntries(this.data);
  }
  getKeys() {
    this.clock.spend("Properties.read");
    return [...this.data.keys()];
  }
  setProperty(k: string, v: unknown) {
    return this.setProperties({ [k]: v });
  }
  /** All or nothing, like the real store: one failing value writes none. */
  setProperties(props: Record<string, unknown>, deleteAllOthers = false) {
    this.clock.spend("Properties.write");
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.data);
    for (const [k, v] of Object.entries(props)) next.set(k, String(v));
    this.commit(next);
    return this;
  }
  deleteProperty(k: string) {
    this.clock.spend("Properties.write");
    this.data.delete(k);
    return this;
  }
  deleteAllProperties() {
    this.clock.spend("Properties.write");
    this.data.clear();
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// LockService
// ---------------------------------------------------------------------------------------------

export class FakeLockState {
  /** Set by a test to simulate another execution holding the lock. */
  heldElsewhere = false;
  held = false;
  waits: number[] = [];
}

export function makeLock(state: FakeLockState, clock: SimClock) {
  let mine = false;
  return {
    tryLock(ms: number) {
      if (state.heldElsewhere || (state.held && !mine)) {
        clock.advance(Math.min(ms, 1000));
        return false;
      }
      state.held = true;
      mine = true;
      return true;
    },
    waitLock(ms: number) {
      state.waits.push(ms);
      if (!this.tryLock(ms))
        throw new Error("Exception: Lock timeout: another process was holding the lock for too long.");
    },
    hasLock() {
      return mine;
    },
    releaseLock() {
      if (mine) state.held = false;
      mine = false;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// ScriptApp
// ---------------------------------------------------------------------------------------------

export interface TriggerRecord {
  id: string;
  handler: string;
  afterMs: number;
  createdAt: number;
  /** One-off triggers stay listed (disabled) after they fire, until deleted. */
  fired: boolean;
}

export const TRIGGER_LIMIT = 20;

export class FakeScriptApp {
  readonly triggers: TriggerRecord[] = [];
  private next = 1;
  readonly EventType = { CLOCK: "CLOCK", ON_OPEN: "ON_OPEN" };
  readonly AuthMode = { NONE: "NONE", CUSTOM_FUNCTION: "CUSTOM_FUNCTION", LIMITED: "LIMITED", FULL: "FULL" };
  readonly InstallationSource = {
    APPS_MARKETPLACE_DOMAIN_ADD_ON: "APPS_MARKETPLACE_DOMAIN_ADD_ON",
    NONE: "NONE",
    WEB_STORE_ADD_ON: "WEB_STORE_ADD_ON",
  };
  /** How the script was installed: `NONE` ("Script is not running as an add-on") for a bound script. */
  installationSource = "NONE";
  constructor(private readonly clock: SimClock) {}

  getInstallationSource() {
    return this.installationSource;
  }

  private wrap(t: TriggerRecord) {
    return {
      getUniqueId: () => t.id,
      getHandlerFunction: () => t.handler,
      getEventType: () => this.EventType.CLOCK,
      record: t,
    };
  }
  newTrigger(handler: string) {
    this.clock.spend("ScriptApp.newTrigger");
    let afterMs = -1;
    const create = () => {
      if (afterMs < 0) throw new Error("Exception: A time-based trigger needs a time.");
      if (this.triggers.length >= TRIGGER_LIMIT) throw new Error("Exception: This script has too many triggers.");
      const t = { id: `trigger-${this.next++}`, handler, afterMs, createdAt: this.clock.now, fired: false };
      this.triggers.push(t);
      return this.wrap(t);
    };
    const clockBuilder = {
      after: (ms: number) => {
        afterMs = ms;
        return clockBuilder;
      },
      create,
    };
    return { timeBased: () => clockBuilder };
  }
  /** Test helper: the next trigger due (not fired yet), or null. */
  nextDue(): TriggerRecord | null {
    const pending = this.triggers.filter((t) => !t.fired);
    pending.sort((a, b) => a.createdAt + a.afterMs - (b.createdAt + b.afterMs));
    return pending[0] ?? null;
  }
  getProjectTriggers() {
    this.clock.spend("ScriptApp.getProjectTriggers");
    return this.triggers.map((t) => this.wrap(t));
  }
  deleteTrigger(t: { getUniqueId(): string }) {
    this.clock.spend("ScriptApp.deleteTrigger");
    const i = this.triggers.findIndex((x) => x.id === t.getUniqueId());
    if (i >= 0) this.triggers.splice(i, 1);
  }
}

// ---------------------------------------------------------------------------------------------
// HtmlService, Utilities, Session
// ---------------------------------------------------------------------------------------------

export class FakeHtmlOutput {
  title = "";
  width = 300;
  constructor(
    readonly file: string,
    readonly content: string,
  ) {}
  setTitle(t: string) {
    this.title = t;
    return this;
  }
  getTitle() {
    return this.title;
  }
  setWidth(w: number) {
    this.width = w;
    return this;
  }
  getContent() {
    return this.content;
  }
}

export function makeHtmlService(dir: string, created: string[]) {
  const read = (name: string) => {
    created.push(name);
    return readFileSync(join(dir, `${name}.html`), "utf8");
  };
  return {
    createHtmlOutputFromFile: (name: string) => new FakeHtmlOutput(name, read(name)),
    createTemplateFromFile: (name: string) => {
      const content = read(name);
      return { evaluate: () => new FakeHtmlOutput(name, content) };
    },
  };
}

export const Utilities = {
  formatDate,
  sleep: (_ms: number) => {},
  unzip: (blob: FakeBlob) => unzip(blob),
};

export function makeSession(scriptTimeZone: string) {
  return {
    getScriptTimeZone: () => scriptTimeZone,
    getActiveUser: () => ({ getEmail: () => "" }),
    getEffectiveUser: () => ({ getEmail: () => "" }),
  };
}
