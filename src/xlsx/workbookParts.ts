/**
 * The workbook-level parts a values reader needs: the relationships (package, workbook), the
 * workbook (its sheets in order, its date system), the styles (which cell styles are dates) and
 * the shared strings — each found through a relationship, whatever its part name, each read in
 * one pass of the scanner.
 */
import { isBuiltinDate, isDateFormat } from "./dateFormats.js";
import { CLOSE, EOF, nameBytes, OPEN, TEXT, XmlScanner } from "./xmlScanner.js";
import { attrValue, decodeText, numberAt, unescapeX } from "./xmlText.js";

const N = {
  Relationship: nameBytes("Relationship"),
  Id: nameBytes("Id"),
  Type: nameBytes("Type"),
  Target: nameBytes("Target"),
  TargetMode: nameBytes("TargetMode"),
  sheet: nameBytes("sheet"),
  sheets: nameBytes("sheets"),
  name: nameBytes("name"),
  id: nameBytes("id"),
  workbookPr: nameBytes("workbookPr"),
  date1904: nameBytes("date1904"),
  numFmt: nameBytes("numFmt"),
  numFmtId: nameBytes("numFmtId"),
  formatCode: nameBytes("formatCode"),
  cellXfs: nameBytes("cellXfs"),
  xf: nameBytes("xf"),
  si: nameBytes("si"),
  t: nameBytes("t"),
  r: nameBytes("r"),
  rPh: nameBytes("rPh"),
  Override: nameBytes("Override"),
  PartName: nameBytes("PartName"),
  ContentType: nameBytes("ContentType"),
};

/** One relationship: its id, the last segment of its type (`worksheet`, `sharedStrings`…), its target part. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** The relationships part of `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `""` → `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part, as a part name without a leading slash. */
export function resolveTarget(source: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // A stray "%": the target as written.
  }
  const segments = t.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const s of t.split("/")) {
    if (s === "..") segments.pop();
    else if (s !== "." && s !== "") segments.push(s);
  }
  return segments.join("/");
}

/** The internal relationships of a .rels part whose source is `source`. */
export function relationships(bytes: Uint8Array, relsPart: string, source: string): Relationship[] {
  const x = new XmlScanner(bytes, relsPart);
  const out: Relationship[] = [];
  while (x.next() !== EOF) {
    if (x.kind !== OPEN || !x.is(N.Relationship)) continue;
    let id = "";
    let type = "";
    let target = "";
    let external = false;
    while (x.nextAttr()) {
      if (x.attrIs(N.Id)) id = attrValue(x);
      else if (x.attrIs(N.Type)) type = attrValue(x);
      else if (x.attrIs(N.Target)) target = attrValue(x);
      else if (x.attrIs(N.TargetMode)) external = attrValue(x) === "External";
    }
    if (!external && target !== "")
      out.push({ id, type: type.slice(type.lastIndexOf("/") + 1), target: resolveTarget(source, target) });
  }
  return out;
}

/** A `<sheet>` of the workbook: its tab name and relationship id. */
export interface SheetEntry {
  readonly name: string;
  readonly rId: string;
}

/** The sheets of a workbook part in order, and its date system (`date1904` as `1` or `true`). */
export function workbookInfo(bytes: Uint8Array, part: string): { sheets: SheetEntry[]; date1904: boolean } {
  const x = new XmlScanner(bytes, part);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let inSheets = false;
  while (x.next() !== EOF) {
    if (x.kind === CLOSE) {
      if (x.is(N.sheets)) inSheets = false;
      continue;
    }
    if (x.kind !== OPEN) continue;
    if (x.is(N.sheets)) inSheets = true;
    else if (inSheets && x.is(N.sheet)) {
      let name = "";
      let rId = "";
      // The relationship id is `r:id`, whatever prefix the relationships namespace has.
      while (x.nextAttr()) {
        if (x.attrIs(N.name) && !x.attrPrefixed) name = attrValue(x);
        else if (x.attrIs(N.id) && x.attrPrefixed) rId = attrValue(x);
      }
      sheets.push({ name, rId });
    } else if (x.is(N.workbookPr)) {
      while (x.nextAttr()) if (x.attrIs(N.date1904)) date1904 = /^(1|true)$/.test(attrValue(x).trim());
    }
  }
  return { sheets, date1904 };
}

/**
 * For each `cellXfs` style index, whether a number under it is a date: the workbook's own
 * `numFmt` of that id first, else the built-in id.
 */
export function dateStyles(bytes: Uint8Array, part: string): boolean[] {
  const x = new XmlScanner(bytes, part);
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inXfs = false;
  while (x.next() !== EOF) {
    if (x.kind === CLOSE) {
      if (x.is(N.cellXfs)) inXfs = false;
      continue;
    }
    if (x.kind !== OPEN) continue;
    if (x.is(N.cellXfs)) inXfs = true;
    else if (x.is(N.numFmt)) {
      let id = -1;
      let code = "";
      while (x.nextAttr()) {
        if (x.attrIs(N.numFmtId)) id = numberAt(x.bytes, x.valueStart, x.valueEnd);
        else if (x.attrIs(N.formatCode)) code = attrValue(x);
      }
      custom.set(id, code);
    } else if (inXfs && x.is(N.xf)) {
      let id = 0;
      while (x.nextAttr()) if (x.attrIs(N.numFmtId)) id = numberAt(x.bytes, x.valueStart, x.valueEnd);
      ids.push(id);
      x.skip();
    }
  }
  return ids.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : isBuiltinDate(id);
  });
}

/**
 * The text of the rich or plain string element just opened (`<si>` or `<is>`): its `<t>`, or
 * its runs' `<t>`s joined; phonetic runs (`<rPh>`) dropped; `_xHHHH_` escapes decoded.
 */
export function richText(x: XmlScanner): string {
  if (x.selfClosing) return "";
  const depth = x.depth;
  let out = "";
  while (x.next() !== EOF && x.depth >= depth) {
    if (x.kind !== OPEN) continue;
    if (x.is(N.t)) out += plainText(x);
    else if (x.is(N.rPh)) x.skip();
    else if (!x.is(N.r)) x.skip();
  }
  return unescapeX(out);
}

/** The character data of the element just opened, up to its end tag (nested elements skipped). */
export function plainText(x: XmlScanner): string {
  if (x.selfClosing) return "";
  const depth = x.depth;
  let out = "";
  while (x.next() !== EOF && x.depth >= depth) {
    if (x.kind === TEXT) out += decodeText(x, x.textStart, x.textEnd, x.cdata);
    else if (x.kind === OPEN) x.skip();
  }
  return out;
}

/** The shared strings, in order. */
export function sharedStrings(bytes: Uint8Array, part: string): string[] {
  const x = new XmlScanner(bytes, part);
  const out: string[] = [];
  while (x.next() !== EOF) {
    if (x.kind !== OPEN || !x.is(N.si)) continue;
    // Most strings: `<si><t>…</t></si>`, read without tokens.
    out.push(x.simpleChild(N.t) ? unescapeX(decodeText(x, x.textStart, x.textEnd)) : richText(x));
  }
  return out;
}

/**
 * The workbook part named by `[Content_Types].xml` (an Override whose content type is a
 * SpreadsheetML main part), for a package without `_rels/.rels`; null when there is none.
 */
export function mainPartOf(bytes: Uint8Array, byKey: ReadonlyMap<string, unknown>): string | null {
  const x = new XmlScanner(bytes, "[Content_Types].xml");
  while (x.next() !== EOF) {
    if (x.kind !== OPEN || !x.is(N.Override)) continue;
    let name = "";
    let type = "";
    while (x.nextAttr()) {
      if (x.attrIs(N.PartName)) name = attrValue(x);
      else if (x.attrIs(N.ContentType)) type = attrValue(x);
    }
    const key = resolveTarget("", name).toLowerCase();
    if (
      /spreadsheetml\.(sheet|template)\.main\+xml$|ms-excel\.(sheet|template)\.macroenabled\.main\+xml$/i.test(type) &&
      byKey.has(key)
    )
      return key;
  }
  return null;
}
