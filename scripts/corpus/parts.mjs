/**
 * The few workbook facts build-expected.mjs takes from the parts themselves rather than from
 * SheetJS: the sheets in order with their kind (worksheet, chartsheet…) and part, the date
 * system, each cell's raw type, style and formula, and the style → number format table.
 */
import { posix } from "node:path";
import { BUILTIN_DATE_IDS, isDateFormat } from "./numfmt.mjs";
import { xmlText } from "./zip.mjs";

const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1].toLowerCase() === "x" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e] ?? m),
  );
const attrs = (s) =>
  Object.fromEntries(
    [...s.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1].replace(/^\w+:(?!id$)/, ""), decode(m[2])]),
  );
const text = (parts, name) => (parts.has(name) ? xmlText(parts.get(name)) : null);

/**
 * The text of an ST_Xstring as a conforming reader gets it: line ends normalised as XML 1.0 §2.11
 * requires (a literal CR LF or CR is LF), then entities, then ECMA-376 §22.9.2.19's `_xHHHH_`
 * escapes (`_x005F_` escapes the underscore itself).
 * @example xstring("ABC_x000D_\r\nDEF") // "ABC\r\nDEF"
 */
export function xstring(raw) {
  return decode(raw.replace(/\r\n?/g, "\n")).replace(/_x([0-9A-Fa-f]{4})_/g, (_, h) =>
    String.fromCharCode(Number.parseInt(h, 16)),
  );
}

/** The text of a rich or plain string (`<si>` or `<is>` content): its `<t>` and run `<t>`s, without phonetic runs. */
export function richText(inner) {
  const bare = inner.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  let out = "";
  for (const m of bare.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g))
    out += xstring(m[1] ?? "");
  return out;
}

/** Relationship targets of a part, by id, resolved to zip entry names. */
function relsOf(parts, part) {
  const relsName = posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
  const xml = text(parts, relsName) ?? "";
  const out = new Map();
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const a = attrs(m[1]);
    if (a.TargetMode === "External") continue;
    const target = a.Target.startsWith("/")
      ? a.Target.slice(1)
      : posix.normalize(posix.join(posix.dirname(part), a.Target));
    out.set(a.Id, { target, type: a.Type.split("/").pop() });
  }
  return out;
}

/**
 * The workbook's sheets (all kinds, in order), its date system and its style table.
 * @returns {{sheets: {name: string, kind: string, part: string|null}[], date1904: boolean, dateStyle: (s: number) => boolean|null, formatOf: (s: number) => {id: number, code: string}|null}}
 */
export function workbookStructure(parts) {
  const root = relsOf(parts, "");
  const wbPart = [...root.values()].find((r) => r.type === "officeDocument")?.target ?? "xl/workbook.xml";
  const wb = text(parts, wbPart) ?? "";
  const rels = relsOf(parts, wbPart);
  const sheets = [];
  for (const m of wb.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const raw = m[1];
    const rid = raw.match(/\b\w+:id\s*=\s*"([^"]*)"/)?.[1];
    const rel = rid ? rels.get(rid) : undefined;
    sheets.push({ name: attrs(raw).name, kind: rel?.type ?? "missing", part: rel?.target ?? null });
  }
  const pr = wb.match(/<(?:\w+:)?workbookPr\b([^>]*)>/)?.[1] ?? "";
  const date1904 = /^(1|true)$/.test(attrs(pr).date1904 ?? "");
  const stylesRel = [...rels.values()].find((r) => r.type === "styles");
  const styles = styleTable(text(parts, stylesRel?.target ?? "") ?? "");
  const sstRel = [...rels.values()].find((r) => r.type === "sharedStrings");
  const sst = [
    ...(text(parts, sstRel?.target ?? "") ?? "").matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g),
  ].map((m) => richText(m[1] ?? ""));
  for (const sh of sheets)
    sh.pivot = sh.part ? [...relsOf(parts, sh.part).values()].some((r) => r.type === "pivotTable") : false;
  return { sheets, date1904, sst, dateStyle: styles.dateStyle, formatOf: styles.formatOf };
}

/** For a cell style index: whether its format is a date format (null: no such style), and the format's id and code. */
function styleTable(styles) {
  const custom = new Map();
  for (const m of styles.matchAll(/<(?:\w+:)?numFmt\b([^>]*)>/g)) {
    const a = attrs(m[1]);
    custom.set(Number(a.numFmtId), a.formatCode ?? "");
  }
  const xfs = styles.match(/<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/)?.[1] ?? "";
  const ids = [...xfs.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)].map((m) => Number(attrs(m[1]).numFmtId ?? 0));
  const dateStyle = (s) => {
    const id = ids[s];
    if (id === undefined) return null;
    return custom.has(id) ? isDateFormat(custom.get(id)) : BUILTIN_DATE_IDS.has(id);
  };
  const formatOf = (s) => {
    const id = ids[s];
    return id === undefined ? null : { id, code: custom.get(id) ?? `built-in ${id}` };
  };
  return { dateStyle, formatOf };
}

/**
 * Each cell's raw type, style index, formula flag and (for text and ISO date cells) its value
 * as the spec reads it, by address; cells without `r` are left out.
 */
export function rawCells(sheetXml, sst) {
  const out = new Map();
  // A <row> without r follows the previous row; a <c> without r follows the previous cell of its
  // row (ECMA-376 §18.3.1.73 and §18.3.1.4 make both attributes optional).
  let row = 0;
  for (const rm of sheetXml.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const ra = attrs(rm[1]);
    row = ra.r ? Number(ra.r) : row + 1;
    let col = 0;
    for (const m of (rm[2] ?? "").matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const a = attrs(m[1]);
      const ref = a.r ? a.r.toUpperCase() : `${colName(col)}${row}`;
      col = colIndex(ref.replace(/\d+$/, "")) + 1;
      const inner = m[2] ?? "";
      const t = a.t ?? "n";
      const v = inner.match(/<(?:\w+:)?v(?:\s[^>]*)?>([^<]*)</)?.[1];
      let text;
      if (t === "s" && v !== undefined) text = sst?.[Number(v)];
      else if (t === "inlineStr")
        text = richText(inner.match(/<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/)?.[1] ?? "");
      else if (t === "str" && v !== undefined) text = xstring(v);
      out.set(ref, {
        t,
        s: Number(a.s ?? 0),
        v: v === undefined ? undefined : decode(v),
        text,
        f: /<(?:\w+:)?f\b/.test(inner),
      });
    }
  }
  return out;
}

/** `A` → 0, `AB` → 27. */
function colIndex(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0 → `A`, 27 → `AB`. */
function colName(index) {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The merged ranges of a worksheet (`<mergeCell ref="A1:B2">`), as A1 references. */
export function mergeRefs(sheetXml) {
  return [...sheetXml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]+)"/g)].map((m) => m[1].toUpperCase());
}
