/**
 * What the real office.js needs to believe it runs in Excel, for the end-to-end test of the built
 * taskpane: the `_host_Info` it parses, and page scripts that stand in for the other end of the
 * line (Office on the web's frame messages, Excel desktop's `window.external`). They answer the
 * first question office.js asks — its context — and record what follows, no more. Line numbers
 * are those of `@microsoft/office-js` 1.1.110's debug builds (the same code as the minified
 * files the test serves, readable).
 *
 * How office.js finds its host (office.debug.js, `_retrieveHostInfo`, lines 1651–1752): first
 * `window.external.GetHostInfo()`; else the `_host_Info` query parameter (`getQueryStringValue`,
 * line 1593); else `hostInfo` in `window.name` parsed as JSON (line 1686, `window.name` read once
 * at load, line 1546); else `hostInfoValue` in sessionStorage (line 1704, written back on success).
 * The value is split on `$` (or `|`, line 1710): type, platform, version, locale, correlation id,
 * `isDialog`, `disableLogging`, flags. With none, office.js takes the Office 2013 path
 * (`isO15`): it loads o15apptofilemappingtable.js and, finding no host there, resolves onReady
 * with a null host (the browser-tab case).
 */
import { join } from "node:path";

/** The hosted office.js files, as published on the CDN (the package's README says so). */
export const OFFICE_JS_DIR = join(import.meta.dirname, "../../node_modules/@microsoft/office-js/dist");
export const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** The frame office.js opens to send its own logs when it finds no host (o15apptofilemappingtable.js). */
export const TELEMETRY_FRAME =
  "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";

/** What a page script recorded of office.js talking to its host. */
export interface HostLog {
  calls: string[];
}

/**
 * Office on the web: office.js (excel-web-16.00.debug.js, `setAgaveHostCommunication`, line 6017)
 * reads `conversationId|appId|hostUrl` from `window.name`'s `xdmInfo`, refuses a host that is not
 * an HTTPS Office Online domain (`checkReceiverOriginAndRun`, line 5919), then posts JSON requests to
 * `window.parent` for that origin. Here the page is its own parent: requests for the Office
 * origin are caught, `getAppContextAsync` is answered as Excel on the web (appName 16), the rest
 * recorded (`executeMethod:93` is an `Excel.run` batch reaching Office: dispId 93 is
 * `dispidExecuteRichApiRequestMethod`).
 */
export function poseAsExcelOnTheWeb(): void {
  const origin = "https://excel.officeapps.live.com";
  const log: HostLog = { calls: [] };
  (window as unknown as { __officeHost: HostLog }).__officeHost = log;
  window.name = JSON.stringify({
    baseFrameName: "fp",
    xdmInfo: `c1|fp|${origin}/x/_layouts/xl.aspx`,
    serializerVersion: "1",
  });
  const post = window.postMessage.bind(window);
  window.postMessage = ((message: unknown, target: unknown, transfer?: Transferable[]) => {
    if (typeof target !== "string" || !target.startsWith(origin)) return post(message, target as string, transfer);
    const request = JSON.parse(String(message)) as {
      _actionName: string;
      _conversationId: string;
      _correlationId: number;
      _data?: { DdaMethod?: { DispatchId?: number } };
    };
    const dispId = request._data?.DdaMethod?.DispatchId;
    log.calls.push(dispId === undefined ? request._actionName : `${request._actionName}:${dispId}`);
    if (request._actionName !== "ContextActivationManager_getAppContextAsync") return;
    const context = {
      _id: "fp",
      _appName: 16,
      _appVersion: "16",
      _appMinorVersion: 0,
      _appUILocale: "fr-FR",
      _dataLocale: "fr-FR",
      _docUrl: "",
      _clientMode: 1,
      _settings: [],
      _reason: 0,
      _osfControlType: 0,
      // No licence token, as for an add-in deployed from its manifest rather than the Store:
      // office.js parses it with DOMParser anyway (line 7192), hence two of the CSP's hashes.
      _eToken: "",
    };
    const response = {
      _messageType: 1,
      _actionName: request._actionName,
      _conversationId: request._conversationId,
      _correlationId: request._correlationId,
      _errorCode: 0,
      _responseType: 0,
      _data: context,
      _serializerVersion: 1,
    };
    const data = JSON.stringify(response);
    setTimeout(() => window.dispatchEvent(new MessageEvent("message", { data, origin, source: window })), 0);
  }) as typeof window.postMessage;
}

/**
 * Excel desktop (Windows): office.js (excel-win32-16.01.debug.js, `getAppContext`, line 4996) asks
 * `window.external.GetContext()` for the context, and sends every request through
 * `window.external.Execute(dispId, …)` (93: `dispidExecuteRichApiRequestMethod`, line 1667, an
 * `Excel.run` batch).
 */
export function poseAsExcelDesktop(): void {
  const log: HostLog = { calls: [] };
  (window as unknown as { __officeHost: HostLog }).__officeHost = log;
  const context = {
    GetAppType: () => 1, // OSF.AppName.Excel
    GetSolutionRef: () => "fp",
    GetAppVersionMajor: () => 16,
    GetAppVersionMinor: () => 1,
    GetAppUILocale: () => "fr-FR",
    GetAppDataLocale: () => "fr-FR",
    GetDocUrl: () => "",
    GetAppCapabilities: () => 0,
    GetActivationMode: () => 0,
    GetControlIntegrationLevel: () => 0,
    GetSolutionToken: () => "",
    GetSettings: () => ({ Read: () => undefined }),
  };
  (window as unknown as { external: unknown }).external = {
    GetContext: () => {
      log.calls.push("GetContext");
      return context;
    },
    Execute: (dispId: number) => log.calls.push(`Execute:${dispId}`),
    RegisterEvent: () => log.calls.push("RegisterEvent"),
  };
}

/** A way to open the taskpane, and what office.js must do under it. */
export interface Pose {
  readonly name: string;
  /** The `_host_Info` query office.js parses: `type$platform$version$locale$…` (office.debug.js, `_retrieveHostInfo`). */
  readonly query: string;
  readonly init: (() => void) | null;
  /** The host-specific script office.js loads for it. */
  readonly hostFile: string;
  /** What the host records once the panel's first `Excel.run` reaches it; null outside Office. */
  readonly reached: string | null;
}

export const POSES: readonly Pose[] = [
  { name: "no host (a browser tab)", query: "", init: null, hostFile: "o15apptofilemappingtable.js", reached: null },
  {
    name: "Excel on the web",
    query: "?_host_Info=Excel$Web$16.00$fr-FR$$$$0",
    init: poseAsExcelOnTheWeb,
    hostFile: "excel-web-16.00.js",
    reached: "executeMethod:93",
  },
  {
    name: "Excel desktop (Windows)",
    query: "?_host_Info=Excel$Win32$16.01$fr-FR$$$$0",
    init: poseAsExcelDesktop,
    hostFile: "excel-win32-16.01.js",
    reached: "Execute:93",
  },
];
