/**
 * A whole Apps Script world in memory: the fake services sharing one simulated clock, and a
 * loader that runs a built `Code.js` in a Node `vm` context with those fakes as its globals —
 * the way Apps Script loads a project: top-level function declarations become callable.
 */
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { SimClock } from "./clock.js";
import {
  FakeDrive,
  FakeLockState,
  FakeProperties,
  FakeScriptApp,
  FakeUi,
  MimeType,
  makeHtmlService,
  makeLock,
  makeSession,
  Utilities,
} from "./services.js";
import { FakeRichTextBuilder, FakeSpreadsheet, FakeValidationBuilder } from "./spreadsheet.js";

export { EXECUTION_LIMIT_MS, SimClock } from "./clock.js";
export { formatDate, midnightIn } from "./dates.js";
export * from "./services.js";
export * from "./spreadsheet.js";
export { localeRules, type Typed, typed } from "./typed.js";

export interface GasWorldOptions {
  /** The active (container) spreadsheet's time zone. */
  readonly timeZone?: string;
  /** The spreadsheets' locale (`fr_FR` by default): how `setValues` reads strings (typed.ts). */
  readonly locale?: string;
  /** Simulated start instant (epoch ms). */
  readonly start?: number;
  /** Where `HtmlService.createHtmlOutputFromFile` finds `<name>.html`. */
  readonly htmlDir?: string;
  /** The script's own time zone (appsscript.json). */
  readonly scriptTimeZone?: string;
}

export class GasWorld {
  readonly clock: SimClock;
  readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  /** Spreadsheets whose `openById` fails, with the message. */
  readonly failing = new Map<string, string>();
  readonly active: FakeSpreadsheet;
  readonly ui = new FakeUi();
  readonly drive: FakeDrive;
  readonly documentProperties: FakeProperties;
  readonly scriptProperties: FakeProperties;
  readonly userProperties: FakeProperties;
  /** The document lock's state (LockService.getDocumentLock). */
  readonly lockState = new FakeLockState();
  /** The script lock's state (LockService.getScriptLock), a different lock. */
  readonly scriptLockState = new FakeLockState();
  readonly scriptApp: FakeScriptApp;
  readonly htmlFiles: string[] = [];
  readonly logs: string[] = [];
  /**
   * The execution's authorization mode. In `NONE` (a published add-on's `onOpen` in a file where
   * it is installed, not enabled) only menus, `Logger` and `Utilities` may be used: "permissions
   * fail and other calls, such as filling in menus, stop" (Editor add-on authorization). `LIMITED`
   * is run as `FULL` here.
   */
  authMode: "NONE" | "LIMITED" | "FULL" = "FULL";

  constructor(readonly options: GasWorldOptions = {}) {
    this.clock = new SimClock(options.start ?? Date.UTC(2026, 10, 28, 9, 0, 0));
    this.active = this.newSpreadsheet("active-spreadsheet", "Fiche projet", options.timeZone ?? "Europe/Paris");
    this.drive = new FakeDrive(this.clock);
    this.documentProperties = new FakeProperties(this.clock);
    this.scriptProperties = new FakeProperties(this.clock);
    this.userProperties = new FakeProperties(this.clock);
    this.scriptApp = new FakeScriptApp(this.clock);
  }

  newSpreadsheet(id: string, name: string, timeZone = this.options.timeZone ?? "Europe/Paris"): FakeSpreadsheet {
    const ss = new FakeSpreadsheet(this.clock, id, name, timeZone, this.options.locale ?? "fr_FR");
    this.spreadsheets.set(id, ss);
    return ss;
  }

  /** The globals an Apps Script project sees. */
  globals(): Record<string, unknown> {
    const clock = this.clock;
    class FakeDate extends Date {
      // biome-ignore lint/suspicious/noExplicitAny: Date's overloaded constructor
      constructor(...args: any[]) {
        if (args.length === 0) super(clock.now);
        else super(...(args as [number]));
      }
      static override now() {
        return clock.now;
      }
    }
    const log = (...a: unknown[]) => this.logs.push(a.map(String).join(" "));
    const globals = {
      SpreadsheetApp: {
        getActiveSpreadsheet: () => this.active,
        getActive: () => this.active,
        openById: (id: string) => {
          clock.spend("SpreadsheetApp.openById");
          const failure = this.failing.get(id);
          if (failure) throw new Error(failure);
          const ss = this.spreadsheets.get(id);
          if (!ss)
            throw new Error(
              `Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.`,
            );
          return ss;
        },
        getUi: () => this.ui,
        newDataValidation: () => new FakeValidationBuilder(),
        newRichTextValue: () => new FakeRichTextBuilder(),
        flush: () => {},
        WrapStrategy: { WRAP: "WRAP", OVERFLOW: "OVERFLOW", CLIP: "CLIP" },
      },
      DriveApp: this.drive,
      MimeType,
      PropertiesService: {
        getDocumentProperties: () => this.documentProperties,
        getScriptProperties: () => this.scriptProperties,
        getUserProperties: () => this.userProperties,
      },
      LockService: {
        getDocumentLock: () => makeLock(this.lockState, clock),
        getScriptLock: () => makeLock(this.scriptLockState, clock),
      },
      ScriptApp: this.scriptApp,
      Utilities,
      HtmlService: makeHtmlService(this.options.htmlDir ?? "dist/apps-script", this.htmlFiles),
      Session: makeSession(this.options.scriptTimeZone ?? "Europe/Paris"),
      Logger: { log },
      console: { log, info: log, warn: log, error: log },
      Date: FakeDate,
    };
    return this.authMode === "NONE" ? withoutAuthorization(globals) : globals;
  }
}

/** What AuthMode.NONE leaves usable of each service (Editor add-on authorization, "Authorization modes"). */
const USABLE_IN_NONE: Readonly<Record<string, ReadonlySet<string> | "all">> = {
  SpreadsheetApp: new Set(["getUi"]),
  Session: new Set(["getActiveUserLocale"]),
  Logger: "all",
  console: "all",
  Utilities: "all",
  Date: "all",
  MimeType: "all",
};

/** The globals of an execution in AuthMode.NONE: any other call throws, as the real runtime's does. */
function withoutAuthorization(globals: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, service] of Object.entries(globals)) {
    const usable = USABLE_IN_NONE[name];
    if (usable === "all" || service === null || typeof service !== "object") {
      out[name] = service;
      continue;
    }
    out[name] = new Proxy(service, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        // Enums (ScriptApp.AuthMode …) are constants, readable in every mode.
        if (typeof value !== "function" || usable?.has(String(prop))) return value;
        return () => {
          throw new Error(`Exception: You do not have permission to call ${name}.${String(prop)} in AuthMode.NONE.`);
        };
      },
    });
  }
  return out;
}

export type TopLevel = Record<string, ((...args: unknown[]) => unknown) | undefined>;

/** Loads a built `Code.js` into a fresh V8 context (one per execution, as Apps Script does). */
export function loadScript(codePath: string, world: GasWorld): TopLevel {
  const code = readFileSync(codePath, "utf8");
  const context = vm.createContext(world.globals(), { codeGeneration: { strings: false, wasm: false } });
  new vm.Script(code, { filename: codePath }).runInContext(context);
  return context as TopLevel;
}

/**
 * Runs one top-level function as one execution (fresh context, clock budget restarted) and
 * returns its result as `google.script.run` would deliver it: through JSON.
 */
export function execute(codePath: string, world: GasWorld, name: string, ...args: unknown[]): unknown {
  const script = loadScript(codePath, world);
  const fn = script[name];
  if (typeof fn !== "function") throw new Error(`${name} is not a top-level function of ${codePath}`);
  world.clock.startExecution();
  const result = fn(...args);
  return result === undefined ? undefined : JSON.parse(JSON.stringify(result));
}
