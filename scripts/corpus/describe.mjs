/**
 * What a candidate .xlsx is, from its bytes alone: zip or not, encrypted, which producer
 * wrote it (docProps/app.xml, else the markers producers leave in workbook.xml / core.xml).
 */
import { unzip, xmlText } from "./zip.mjs";

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const text = (parts, name) => (parts.has(name) ? xmlText(parts.get(name)) : null);
const tag = (xml, name) =>
  xml?.match(new RegExp(`<(?:\\w+:)?${name}>([^<]*)</(?:\\w+:)?${name}>`))?.[1]?.trim() ?? null;

const EXCEL_VERSIONS = { 12: "2007", 14: "2010", 15: "2013", 16: "2016-365" };

/** A producer label from app.xml's Application/AppVersion. */
export function producerFromApp(application, appVersion) {
  if (!application) return null;
  application = application.replace(/\s+/g, " ");
  if (/openpyxl/i.test(application)) return "openpyxl";
  const major = Number.parseInt(appVersion ?? "", 10);
  const v = EXCEL_VERSIONS[major] ?? appVersion ?? "?";
  if (/Excel Online|Excel Web|Excel for the web/i.test(application)) return "Excel Online";
  if (/Macintosh Excel/i.test(application)) return `Excel Mac ${major === 14 ? "2011" : major === 16 ? "2016-365" : v}`;
  // Libraries write "Microsoft Excel" without a version (ClosedXML, PhpSpreadsheet) or with 3.x (openpyxl).
  if (/^Microsoft Excel$/i.test(application) && !(major >= 12))
    return major === 3 ? "openpyxl" : "library (app.xml: Excel, no version)";
  if (/^Microsoft Excel/i.test(application)) return `Excel ${v}`;
  if (/LibreOffice/i.test(application))
    return `LibreOffice ${application.match(/LibreOffice\/(\d+\.\d+)/)?.[1] ?? ""}`.trim();
  if (/OpenOffice/i.test(application)) return "OpenOffice";
  if (/WPS|Kingsoft|\bET\b/i.test(application)) return "WPS";
  if (/Numbers/i.test(application)) return "Numbers";
  if (/Google/i.test(application)) return "Google Sheets";
  if (/POI/i.test(application)) return "Apache POI";
  if (/Gnumeric/i.test(application)) return "Gnumeric";
  return application;
}

/** The producer from app.xml, else from core.xml's creator when a library signs there, else from fileVersion. */
function producerOf(application, appVersion, creator, fileVersionApp) {
  const fromApp = producerFromApp(application, appVersion);
  if (fromApp && !fromApp.startsWith("library")) return fromApp;
  if (
    creator &&
    /openpyxl|xlsxwriter|axlsx|Apache POI|FastReport|SpreadsheetGear|PhpSpreadsheet|EPPlus/i.test(creator)
  ) {
    return creator.replace(/^Apache POI.*/, "Apache POI");
  }
  if (fileVersionApp && /SpreadsheetGear/.test(fileVersionApp)) return "SpreadsheetGear";
  if (fileVersionApp === "Calc") return "LibreOffice";
  return fromApp ?? (application === null ? "unknown (no app.xml)" : null);
}

/**
 * Describes one candidate file.
 * @returns {{kind: "xlsx"|"encrypted"|"ole"|"notZip"|"badZip", application?: string|null, appVersion?: string|null,
 *   creator?: string|null, fileVersionApp?: string|null, producerFromFile?: string|null, sheets?: number, strict?: boolean, error?: string}}
 */
export function describe(bytes) {
  if (bytes.subarray(0, 8).equals(OLE)) {
    const enc = bytes.includes(Buffer.from("EncryptionInfo", "utf16le"));
    return { kind: enc ? "encrypted" : "ole" };
  }
  if (!bytes.subarray(0, 4).equals(ZIP)) return { kind: "notZip" };
  let parts;
  try {
    parts = unzip(bytes);
  } catch (e) {
    return { kind: "badZip", error: String(e.message ?? e) };
  }
  const app = text(parts, "docProps/app.xml");
  const core = text(parts, "docProps/core.xml");
  const wbName = [...parts.keys()].find((n) => /(^|\/)workbook\.xml$/i.test(n));
  const wb = wbName ? text(parts, wbName) : null;
  const application = tag(app, "Application");
  const appVersion = tag(app, "AppVersion");
  const fileVersionApp = wb?.match(/<(?:\w+:)?fileVersion\b[^>]*\bappName="([^"]*)"/)?.[1] ?? null;
  const sheets = wb ? (wb.match(/<(?:\w+:)?sheet\b/g) ?? []).length : 0;
  return {
    kind: wb ? "xlsx" : "badZip",
    application,
    appVersion,
    creator: tag(core, "creator"),
    lastModifiedBy: tag(core, "lastModifiedBy"),
    fileVersionApp,
    producerFromFile: producerOf(application, appVersion, tag(core, "creator"), fileVersionApp),
    sheets,
    strict: wb?.includes("purl.oclc.org/ooxml") ?? false,
    date1904: /date1904="(1|true)"/.test(wb ?? ""),
  };
}
