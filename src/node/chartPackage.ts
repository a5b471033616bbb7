/**
 * Adds native charts to a workbook exceljs has written (exceljs 4.4 writes none): for every
 * sheet with {@link ChartIntent}s, one chart part per intent, a drawing that places them, the
 * relationships sheet → drawing → charts, the sheet's `<drawing r:id>` and the content types.
 * Works on the bytes of exceljs's in-memory writer (the portfolio's direct writer, streamWriter.ts,
 * writes the same parts itself); entries it does not touch are copied still compressed (see
 * zipRewrite.ts).
 */
import type { OutputSheet } from "../core/types.js";
import { CONTENT_TYPE, drawingXml, REL_NS, REL_TYPE, relsXml } from "./chartDrawing.js";
import { chartXml } from "./chartXml.js";
import { ZipArchive, ZipRewriteError } from "./zipRewrite.js";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** What may follow `<drawing>` in CT_Worksheet (sml.xsd): it goes before the first of these. */
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text with its entities and character references decoded. */
export function xmlUnescape(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? xmlUnescape(m[1] as string) : null;
};

function required(zip: ZipArchive, name: string): string {
  const text = zip.text(name);
  if (text === null) throw new ZipRewriteError(`no ${name} in the workbook`);
  return text;
}

/** Sheet name → its part (`xl/worksheets/sheet3.xml`), from the workbook and its relationships. */
function sheetParts(zip: ZipArchive): Map<string, string> {
  const targets = new Map<string, string>();
  for (const tag of required(zip, "xl/_rels/workbook.xml.rels").match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const tag of required(zip, "xl/workbook.xml").match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attr(tag, "name");
    const part = targets.get(attr(tag, "r:id") ?? "");
    if (name !== null && part) parts.set(name, part);
  }
  return parts;
}

/** The sheet's XML with `<drawing r:id>` where sml.xsd wants it. */
export function insertDrawing(xml: string, relId: string): string {
  if (!xml.includes(`<worksheet xmlns="${MAIN_NS}"`)) throw new ZipRewriteError("unexpected worksheet namespace");
  const from = Math.max(0, xml.lastIndexOf("</sheetData>"), xml.lastIndexOf("<sheetData/>"));
  if (/<drawing[\s/>]/.test(xml.slice(from))) throw new ZipRewriteError("the sheet has a drawing already");
  const at = Math.min(...AFTER_DRAWING.map((t) => xml.indexOf(t, from)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) throw new ZipRewriteError("no end of worksheet");
  // exceljs declares the relationships prefix on the root; declare it here only if it does not.
  const root = xml.slice(0, xml.indexOf(">", xml.indexOf("<worksheet")));
  const ns = root.includes(`xmlns:r="${REL_NS}"`) ? "" : ` xmlns:r="${REL_NS}"`;
  return `${xml.slice(0, at)}<drawing${ns} r:id="${relId}"/>${xml.slice(at)}`;
}

/** The sheet's relationships with one to its drawing; returns the part and the new id. */
function withDrawingRel(existing: string | null, target: string): { xml: string; id: string } {
  if (existing === null) return { xml: relsXml([["rId1", REL_TYPE.drawing, target]]), id: "rId1" };
  const ids = new Set((existing.match(/<Relationship\b[^>]*>/g) ?? []).map((t) => attr(t, "Id") ?? ""));
  const id = freeId(ids);
  const rel = `<Relationship Id="${id}" Type="${REL_TYPE.drawing}" Target="${target}"/>`;
  const at = existing.lastIndexOf("</Relationships>");
  if (at < 0) throw new ZipRewriteError("damaged sheet relationships");
  return { xml: `${existing.slice(0, at)}${rel}${existing.slice(at)}`, id };
}

function freeId(used: ReadonlySet<string>): string {
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** The first free `prefix{n}.xml` part name, n from 1, and marks it taken. */
function nextPart(zip: ZipArchive, taken: Set<string>, prefix: string): { part: string; n: number } {
  for (let n = 1; ; n++) {
    const part = `${prefix}${n}.xml`;
    if (!zip.has(part) && !taken.has(part)) {
      taken.add(part);
      return { part, n };
    }
  }
}

/**
 * The workbook with a native chart for every intent of `sheets` (the bytes unchanged when
 * there is none). Throws on a workbook this program did not write or an intent that does not
 * fit its sheet (programmer errors).
 */
export function addChartParts(bytes: Uint8Array, sheets: readonly OutputSheet[]): Uint8Array {
  const charted = sheets.filter((s) => s.charts.length > 0);
  if (charted.length === 0) return bytes;
  const zip = new ZipArchive(bytes);
  const parts = sheetParts(zip);
  const changes = new Map<string, string>();
  const taken = new Set<string>();
  const overrides: string[] = [];
  for (const sheet of charted) {
    const sheetPart = parts.get(sheet.name);
    if (!sheetPart) throw new ZipRewriteError(`no sheet ${sheet.name} in the workbook`);
    const charts = sheet.charts.map((intent) => {
      const { part, n } = nextPart(zip, taken, "xl/charts/chart");
      changes.set(part, chartXml(intent, sheet));
      overrides.push(`<Override PartName="/${part}" ContentType="${CONTENT_TYPE.chart}"/>`);
      return n;
    });
    const drawing = nextPart(zip, taken, "xl/drawings/drawing");
    changes.set(drawing.part, drawingXml(sheet.charts));
    changes.set(
      `xl/drawings/_rels/drawing${drawing.n}.xml.rels`,
      relsXml(charts.map((n, i) => [`rId${i + 1}`, REL_TYPE.chart, `../charts/chart${n}.xml`])),
    );
    overrides.push(`<Override PartName="/${drawing.part}" ContentType="${CONTENT_TYPE.drawing}"/>`);
    const slash = sheetPart.lastIndexOf("/");
    const relsPart = `${sheetPart.slice(0, slash)}/_rels/${sheetPart.slice(slash + 1)}.rels`;
    const rels = withDrawingRel(zip.text(relsPart), `../drawings/drawing${drawing.n}.xml`);
    changes.set(relsPart, rels.xml);
    changes.set(sheetPart, insertDrawing(required(zip, sheetPart), rels.id));
  }
  const types = required(zip, "[Content_Types].xml");
  const end = types.lastIndexOf("</Types>");
  if (end < 0) throw new ZipRewriteError("damaged [Content_Types].xml");
  changes.set("[Content_Types].xml", `${types.slice(0, end)}${overrides.join("")}${types.slice(end)}`);
  return zip.rewrite(changes);
}
