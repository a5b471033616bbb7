/**
 * The workbook-level parts for the fast reader: which sheets in which order (workbook.xml and
 * its relationships), the shared strings, and which cell styles are dates — each decided as
 * exceljs 4.4 decides it (xlsx/xform/book, strings, style), so the grids are the same.
 */
import { decodeEntities, elements, onlyTags, rootIs, section, unescapeX, unsupported } from "./fastReadXml.js";

const RICH_TAGS = ["rPr", "b", "i", "u", "strike", "sz", "color", "rFont", "family", "scheme", "vertAlign"];
const SST_TAGS = new Set(["si", "t", "r", "rPh", "phoneticPr", ...RICH_TAGS]);

/** One sheet to read: its tab name and its zip entry. */
export interface SheetRef {
  readonly name: string;
  readonly path: string;
}

const WORKSHEET_PATH = /^xl\/worksheets\/sheet\d+\.xml$/;

/**
 * The sheets of workbook.xml in their order, each resolved through workbook.xml.rels to an
 * existing `xl/worksheets/sheetN.xml` entry. Chart sheets, missing relationships, duplicate
 * ids, worksheet entries no sheet names, the 1904 date system or strict OOXML are unsupported.
 */
export function sheetList(workbookXml: string, relsXml: string, entryNames: ReadonlySet<string>): SheetRef[] {
  if (workbookXml.includes("purl.oclc.org/ooxml")) unsupported("strict OOXML");
  rootIs(workbookXml, "workbook");
  rootIs(relsXml, "Relationships");
  onlyTags(relsXml, relsXml.indexOf("<Relationships") + 1, relsXml.length, new Set(["Relationship", "Relationships"]));
  const pr = elements(workbookXml, "workbookPr")[0];
  if (pr?.attrs.date1904 === "1") unsupported("1904 date system");
  const sheetsAt = section(workbookXml, "sheets");
  if (!sheetsAt) unsupported("no sheets");
  const { start, end } = sheetsAt as { start: number; end: number };
  onlyTags(workbookXml, start, end, new Set(["sheet"]));
  const targets = new Map<string, string>();
  for (const rel of elements(relsXml, "Relationship")) {
    if (rel.attrs.Id === undefined || rel.attrs.Target === undefined) unsupported("bad relationship");
    if (targets.has(rel.attrs.Id as string)) unsupported("duplicate relationship id");
    targets.set(rel.attrs.Id as string, rel.attrs.Target as string);
  }
  const ids = new Set<string>();
  const paths = new Set<string>();
  const out: SheetRef[] = [];
  for (const { attrs } of elements(workbookXml, "sheet", start, end)) {
    const { name, sheetId } = attrs;
    const rId = attrs["r:id"];
    if (name === undefined || sheetId === undefined || rId === undefined) unsupported("sheet attributes");
    if (!/^[1-9][0-9]{0,8}$/.test(sheetId as string) || ids.has(sheetId as string)) unsupported("sheet id");
    ids.add(sheetId as string);
    const target = targets.get(rId as string);
    if (target === undefined) unsupported("sheet without relationship");
    const path = `xl/${(target as string).replace(/^(\s|\/xl\/)+/, "")}`;
    if (!WORKSHEET_PATH.test(path) || !entryNames.has(path) || paths.has(path)) unsupported("sheet target");
    paths.add(path);
    out.push({ name: name as string, path });
  }
  for (const entry of entryNames)
    if (/xl\/worksheets\/sheet(\d+)[.]xml/.test(entry) && !paths.has(entry)) unsupported("orphan sheet");
  return out;
}

/**
 * The shared strings, as the text a cell shows: a plain `<t>` with `_xHHHH_` escapes decoded,
 * or the runs of a rich text joined; phonetic runs (`<rPh>`) ignored. An `<si>` that exceljs
 * would not read as text is `undefined` (unsupported if a cell uses it).
 */
export function sharedStrings(xml: string): (string | undefined)[] {
  rootIs(xml, "sst");
  onlyTags(xml, xml.indexOf("<sst") + 4, xml.lastIndexOf("</sst>"), SST_TAGS);
  const out: (string | undefined)[] = [];
  for (const si of elements(xml, "si")) {
    let inner = si.inner ?? "";
    if (inner.includes("<rPh")) inner = withoutPhonetic(inner);
    const runs = elements(inner, "r");
    const texts = elements(inner, "t");
    if (runs.length === 0) out.push(texts.length === 1 ? textOf(texts[0]?.inner) : undefined);
    else {
      // Every <t> must sit in a run: a <t> beside runs is something exceljs reads differently.
      const inRuns = runs.map((r) => elements(r.inner ?? "", "t"));
      if (inRuns.reduce((n, ts) => n + ts.length, 0) !== texts.length || inRuns.some((ts) => ts.length > 1))
        out.push(undefined);
      else out.push(inRuns.map((ts) => (ts[0] ? textOf(ts[0].inner) : "")).join(""));
    }
  }
  return out;
}

/** An `<si>`'s content without its `<rPh>…</rPh>` runs (a linear scan; unsupported when one is not closed). */
function withoutPhonetic(inner: string): string {
  let out = "";
  let from = 0;
  let i = inner.indexOf("<rPh");
  while (i >= 0) {
    const gt = inner.indexOf(">", i);
    if (gt < 0) unsupported("unclosed rPh");
    out += inner.slice(from, i);
    if (inner.charCodeAt(gt - 1) === 47) from = gt + 1;
    else {
      const close = inner.indexOf("</rPh>", gt);
      if (close < 0) unsupported("unclosed rPh");
      from = close + 6;
    }
    i = inner.indexOf("<rPh", from);
  }
  return out + inner.slice(from);
}

function textOf(inner: string | undefined): string {
  if (inner?.includes("<")) unsupported("markup in a shared string's text");
  return inner === undefined ? "" : unescapeX(decodeEntities(inner));
}

/** exceljs's utils.isDateFmt: a date/time letter outside quotes and brackets. */
function isDateFmt(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(f);
}

/** Tags of styles.xml exceljs's style reader knows (or ignores: extensions); anything else is unsupported. */
const STYLE_TAGS = new Set(
  (
    "styleSheet numFmts numFmt fonts font b i u strike sz color name family scheme charset vertAlign outline shadow " +
    "condense extend fills fill patternFill fgColor bgColor gradientFill stop borders border left right top bottom " +
    "diagonal start end vertical horizontal cellStyleXfs cellXfs xf alignment protection cellStyles cellStyle dxfs " +
    "dxf tableStyles colors indexedColors rgbColor mruColors extLst ext"
  ).split(" "),
);

function styleTagsKnown(xml: string): void {
  const tag = /<\/?([A-Za-z_][\w.\-:]*)/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const name = m[1] as string;
    if (!STYLE_TAGS.has(name) && !name.includes(":")) unsupported(`style tag ${name}`);
  }
}

/** exceljs's built-in formats (defaultnumformats.js) that isDateFmt takes for dates. */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
/** Built-in ids exceljs knows a format code for (the others have none: never a date). */
const BUILTIN_IDS = new Set([
  0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 37, 38, 39, 40, 45, 46, 47, 48, 49,
]);

/**
 * For each `cellXfs` style index, whether exceljs turns a number under it into a Date
 * (styles-xform getStyleModel: custom `numFmts` first, then the built-in code).
 */
export function dateStyles(xml: string): boolean[] {
  rootIs(xml, "styleSheet");
  styleTagsKnown(xml);
  const custom = new Map<number, string>();
  const numFmts = section(xml, "numFmts");
  if (numFmts) {
    onlyTags(xml, numFmts.start, numFmts.end, new Set(["numFmt"]));
    for (const { attrs } of elements(xml, "numFmt", numFmts.start, numFmts.end)) {
      custom.set(Number.parseInt(attrs.numFmtId ?? "", 10), attrs.formatCode ?? "");
    }
  }
  const xfs = section(xml, "cellXfs");
  if (!xfs) return [];
  onlyTags(xml, xfs.start, xfs.end, new Set(["xf", "alignment", "protection"]));
  return elements(xml, "xf", xfs.start, xfs.end).map(({ attrs }) => {
    const id = Number.parseInt(attrs.numFmtId ?? "", 10);
    if (!id) return false;
    const code = custom.get(id);
    if (code) return isDateFmt(code);
    return BUILTIN_IDS.has(id) && BUILTIN_DATE_IDS.has(id);
  });
}
