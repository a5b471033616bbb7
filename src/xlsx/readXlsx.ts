/**
 * THE values reader of an .xlsx, for every host: from an archive (names and sizes of its
 * entries, and a way to read one, inflated by the host — zlib in Node, DecompressionStream in
 * a page, `Utilities.unzip` in Apps Script) to the core's {@link WorkbookGrid}. It reads only
 * what the core needs — the package and workbook relationships, the workbook, the styles, the
 * shared strings and the worksheets, each found through its relationship whatever its name —
 * and never opens the other parts (drawings, comments, tables, pivot caches, VML…).
 * Bounded: the bytes it inflates and the cells it keeps are counted against {@link XlsxLimits}.
 */
import type { Sheet, WorkbookGrid } from "../core/types.js";
import { notWorkbookReason } from "./fileKind.js";
import { count, refuse } from "./readErrors.js";
import { readSheet, type SheetContext } from "./sheetPart.js";
import { asUtf8 } from "./utf8.js";
import {
  dateStyles,
  mainPartOf,
  type Relationship,
  relationships,
  relsPartOf,
  sharedStrings,
  workbookInfo,
} from "./workbookParts.js";
import { DEFAULT_LIMITS, partKey, type XlsxLimits } from "./xlsxArchive.js";

/** One entry of an archive: its name as the archive spells it, and its (inflated) size in bytes. */
export interface ArchiveEntry {
  readonly name: string;
  readonly size: number;
}

/**
 * An .xlsx as the reader sees it: its entries, and the inflated bytes of one by name. Each host
 * plugs its own inflation; a `read` that returns a promise makes the reader asynchronous.
 */
export interface XlsxArchive {
  readonly entries: readonly ArchiveEntry[];
  read(name: string): Uint8Array | Promise<Uint8Array>;
}

/** An archive whose entries are read synchronously (Node's zlib, already inflated parts). */
export interface SyncXlsxArchive extends XlsxArchive {
  read(name: string): Uint8Array;
}

/** The reading, as a sequence of requests for entries: one body for the sync and async drivers. */
type Steps = Generator<string, WorkbookGrid, Uint8Array>;

/** The worksheet relationship types; chart sheets, dialog sheets and macro sheets hold no cell grid. */
const WORKSHEET = "worksheet";

function* readSteps(entries: readonly ArchiveEntry[], lim: XlsxLimits): Steps {
  const byKey = new Map<string, ArchiveEntry>();
  for (const e of entries) if (!byKey.has(partKey(e.name))) byKey.set(partKey(e.name), e);
  let inflated = 0;
  function* part(key: string): Generator<string, Uint8Array | null, Uint8Array> {
    const entry = byKey.get(key);
    if (!entry) return null;
    if (inflated + entry.size > lim.maxInflatedBytes) tooLarge(inflated + entry.size, lim);
    const bytes = yield entry.name;
    inflated += bytes.length;
    if (inflated > lim.maxInflatedBytes) tooLarge(inflated, lim);
    return asUtf8(bytes);
  }

  const rootRels = yield* part("_rels/.rels");
  const root = rootRels ? relationships(rootRels, "_rels/.rels", "") : [];
  let workbookKey = workbookPart(root, byKey);
  if (workbookKey === null) {
    const types = yield* part("[content_types].xml");
    workbookKey = types ? mainPartOf(types, byKey) : null;
  }
  if (workbookKey === null) {
    const [fr, en] = notWorkbookReason(new Set(byKey.keys()), null);
    return refuse("NOT_WORKBOOK", fr, en);
  }
  const info = workbookInfo((yield* part(workbookKey)) as Uint8Array, workbookKey);
  if (info.sheets.length === 0) {
    refuse(
      "NOT_WORKBOOK",
      `classeur sans aucune feuille (${byKey.get(workbookKey)?.name} n'en déclare pas)\u00a0: Excel ne l'ouvrirait pas`,
      `workbook without any sheet (${byKey.get(workbookKey)?.name} declares none): Excel would not open it`,
    );
  }
  const relsKey = relsPartOf(workbookKey);
  const relsBytes = yield* part(relsKey);
  const rels = relsBytes ? relationships(relsBytes, relsKey, workbookKey) : [];
  const byType = (type: string, fallback: string) =>
    rels.find((r) => r.type === type && byKey.has(r.target.toLowerCase()))?.target.toLowerCase() ??
    (byKey.has(fallback) ? fallback : null);

  const stylesKey = byType("styles", "xl/styles.xml");
  const stylesBytes = stylesKey ? yield* part(stylesKey) : null;
  const stringsKey = byType("sharedStrings", "xl/sharedstrings.xml");
  const stringsBytes = stringsKey ? yield* part(stringsKey) : null;
  const ctx: SheetContext = {
    dateStyle: stylesBytes && stylesKey ? dateStyles(stylesBytes, stylesKey) : [],
    strings: stringsBytes && stringsKey ? sharedStrings(stringsBytes, stringsKey) : [],
    date1904: info.date1904,
    budget: { used: 0, max: lim.maxCells },
  };
  const byId = new Map<string, Relationship>();
  for (const r of rels) if (!byId.has(r.id)) byId.set(r.id, r);
  const sheets: Sheet[] = [];
  for (const s of info.sheets) {
    const rel = byId.get(s.rId);
    if (!rel || rel.type !== WORKSHEET) continue;
    const key = rel.target.toLowerCase();
    const bytes = yield* part(key);
    // A worksheet relationship to a part the archive lacks: an empty tab, as Excel shows it.
    const entryName = byKey.get(key)?.name ?? key;
    sheets.push({ name: s.name, rows: bytes ? readSheet(bytes, entryName, s.name, ctx) : [] });
  }
  return { sheets };
}

/** The workbook part: the package's officeDocument relationship, else `xl/workbook.xml`; null when neither is there. */
function workbookPart(root: readonly Relationship[], byKey: ReadonlyMap<string, ArchiveEntry>): string | null {
  const target = root.find((r) => r.type === "officeDocument")?.target.toLowerCase();
  if (target && byKey.has(target) && !target.endsWith(".bin")) return target;
  return byKey.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
}

function tooLarge(bytes: number, lim: XlsxLimits): never {
  const mb = (n: number) => Math.round(n / 2 ** 20);
  return refuse(
    "TOO_LARGE",
    `classeur trop grand\u00a0: ${count(mb(bytes))} Mo de XML à lire (limite ${count(mb(lim.maxInflatedBytes))} Mo)`,
    `workbook too large: ${mb(bytes)} MB of XML to read (limit ${mb(lim.maxInflatedBytes)} MB)`,
  );
}

/**
 * Reads an archive whose entries are read synchronously.
 * @throws XlsxReadError when the archive is not a workbook the reader may open.
 * @example readXlsxSync(partsArchive(parts)).sheets.map((s) => s.name) // ["Projet", "Budget", …]
 */
export function readXlsxSync(archive: SyncXlsxArchive, limits: Partial<XlsxLimits> = {}): WorkbookGrid {
  const steps = readSteps(archive.entries, { ...DEFAULT_LIMITS, ...limits });
  let step = steps.next();
  while (!step.done) step = steps.next(archive.read(step.value));
  return step.value;
}

/**
 * Reads an archive whose entries may be read asynchronously (a page's DecompressionStream).
 * @throws XlsxReadError when the archive is not a workbook the reader may open.
 */
export async function readXlsx(archive: XlsxArchive, limits: Partial<XlsxLimits> = {}): Promise<WorkbookGrid> {
  const steps = readSteps(archive.entries, { ...DEFAULT_LIMITS, ...limits });
  let step = steps.next();
  while (!step.done) step = steps.next(await archive.read(step.value));
  return step.value;
}
