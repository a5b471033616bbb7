// Seeded mutations for the fuzzers (test/fuzz/*.test.ts and scripts/fuzz.mjs): bytes of real
// workbooks (anywhere, inside an entry's deflated data, inside the central directory) and
// cells of real grids. Plain JavaScript so the long-running `npm run fuzz` can use it as is.
import zlib from "node:zlib";
import { buildZip } from "../../scripts/hostile-corpus.mjs";

/** A deterministic PRNG (mulberry32): a function returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rand, n) => Math.floor(rand() * n);

/** Where the central directory starts and ends (0/length when it cannot be found). */
function centralDirectory(bytes) {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 0xffff - 22); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const start = view.getUint32(i + 16, true);
      return start < i ? { start, end: i + 22 } : { start: 0, end: bytes.length };
    }
  }
  return { start: 0, end: bytes.length };
}

/** A region of the file to aim at: anywhere, the deflated data (before the directory), or the directory. */
function region(bytes, rand) {
  const cd = centralDirectory(bytes);
  switch (int(rand, 3)) {
    case 0:
      return { start: 0, end: bytes.length };
    case 1:
      return { start: 0, end: Math.max(1, cd.start) };
    default:
      return cd;
  }
}

/** The byte-level mutations, by name. Each returns a new Uint8Array. */
export const BYTE_MUTATIONS = {
  flipBytes(bytes, rand) {
    const out = Uint8Array.from(bytes);
    const { start, end } = region(bytes, rand);
    const n = 1 + int(rand, 8);
    for (let i = 0; i < n; i++) out[start + int(rand, end - start)] ^= 1 << int(rand, 8);
    return out;
  },
  setBytes(bytes, rand) {
    const out = Uint8Array.from(bytes);
    const { start, end } = region(bytes, rand);
    const special = [0x00, 0xff, 0x7f, 0x80, 0xfe];
    const n = 1 + int(rand, 4);
    for (let i = 0; i < n; i++) out[start + int(rand, end - start)] = special[int(rand, special.length)];
    return out;
  },
  truncate(bytes, rand) {
    return bytes.slice(0, int(rand, bytes.length));
  },
  duplicateRange(bytes, rand) {
    const { start, end } = region(bytes, rand);
    const a = start + int(rand, end - start);
    const len = 1 + int(rand, Math.min(512, end - a));
    const at = int(rand, bytes.length);
    const out = new Uint8Array(bytes.length + len);
    out.set(bytes.subarray(0, at), 0);
    out.set(bytes.subarray(a, a + len), at);
    out.set(bytes.subarray(at), at + len);
    return out;
  },
  removeRange(bytes, rand) {
    const { start, end } = region(bytes, rand);
    const a = start + int(rand, end - start);
    if (a >= bytes.length) return Uint8Array.from(bytes);
    const len = 1 + int(rand, Math.min(256, end - a));
    const out = new Uint8Array(bytes.length - len);
    out.set(bytes.subarray(0, a), 0);
    out.set(bytes.subarray(a + len), a);
    return out;
  },
  bigNumbers(bytes, rand) {
    // Aim 32-bit fields (sizes, offsets, counts) of the directory at their extremes.
    const out = Uint8Array.from(bytes);
    const { start, end } = centralDirectory(bytes);
    if (out.length < 4) return out;
    const at = Math.min(start + int(rand, Math.max(1, end - start - 4)), out.length - 4);
    const view = new DataView(out.buffer);
    view.setUint32(at, [0xffffffff, 0x7fffffff, 0x10000, 0][int(rand, 4)], true);
    return out;
  },
};

/** The entries of a sound zip, inflated (null when it is not one). */
export function unzip(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { start, end } = centralDirectory(bytes);
  if (start === 0 && end === bytes.length) return null;
  const entries = [];
  for (let p = start; p + 46 <= end && view.getUint32(p, true) === 0x02014b50; ) {
    const method = view.getUint16(p + 10, true);
    const csize = view.getUint32(p + 20, true);
    const nameLen = view.getUint16(p + 28, true);
    const local = view.getUint32(p + 42, true);
    const name = Buffer.from(bytes.subarray(p + 46, p + 46 + nameLen)).toString("utf8");
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(dataAt, dataAt + csize);
    entries.push({ name, data: method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw) });
    p += 46 + nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

const XML_TOKENS = [
  '<row r="0">',
  '<row r="1048577"><c r="A1048577"><v>1</v></c></row>',
  '<c r="XFD1"><v>1</v></c>',
  '<c r="A1" t="s"><v>99999</v></c>',
  '<c r="B2" t="e"><v>#REF!</v></c>',
  '<c r="C3" t="d"><v>not a date</v></c>',
  '<c r="D4"><f>1/0</f><v>#DIV/0!</v></c>',
  '<c r="E5" s="9999"><v>45000</v></c>',
  "&#0;",
  "&unknown;",
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
  "]]>",
  "<![CDATA[",
  '<sheet name="" sheetId="0" r:id="rId999"/>',
  '<mergeCell ref="A1:XFD1048576"/>',
  '<definedName name="_xlnm._FilterDatabase">#REF!</definedName>',
];

/** The XML-level mutations: inside one entry's text, then zipped again (deflated, sound sizes). */
export function mutateInside(bytes, rand) {
  const entries = unzip(bytes);
  if (!entries || entries.length === 0) return bytes;
  const xml = entries.filter((e) => /\.(xml|rels)$/.test(e.name));
  const target = xml[int(rand, xml.length)] ?? entries[0];
  const text = target.data.toString("utf8");
  const at = int(rand, text.length + 1);
  let next;
  switch (int(rand, 5)) {
    case 0:
      next = text.slice(0, at); // truncated XML
      break;
    case 1:
      next = text.slice(0, at) + text.slice(at + 1 + int(rand, 200));
      break;
    case 2: {
      const len = 1 + int(rand, 400);
      next = text.slice(0, at) + text.slice(at, at + len) + text.slice(at);
      break;
    }
    case 3:
      next = text.slice(0, at) + XML_TOKENS[int(rand, XML_TOKENS.length)] + text.slice(at);
      break;
    default:
      next = text.replace(/\d+/g, (d) => (rand() < 0.1 ? String(Number(d) * 1000 + 7) : d));
  }
  target.data = Buffer.from(next, "utf8");
  return new Uint8Array(buildZip(entries));
}

/** One mutant of `bytes`: 1 to 3 mutations, chosen by `rand`; returns the bytes and what was done. */
export function mutateBytes(bytes, rand) {
  const names = Object.keys(BYTE_MUTATIONS);
  let out = bytes;
  const done = [];
  const n = 1 + int(rand, 3);
  for (let i = 0; i < n && out.length > 0; i++) {
    // Half the time, mutate the XML inside (reaches exceljs's parser, not only the unzip).
    const name = i === 0 && rand() < 0.5 ? "mutateInside" : names[int(rand, names.length)];
    out = name === "mutateInside" ? mutateInside(out, rand) : BYTE_MUTATIONS[name](out, rand);
    done.push(name);
  }
  return { bytes: out, done };
}

const WEIRD_STRINGS = [
  "",
  " ",
  "=1+1",
  "+33",
  "-",
  "@SUM(A1)",
  "\t",
  "\r\n",
  "<script>alert(1)</script>",
  "1 234,56 €",
  "12 k€",
  "31/02/2026",
  "2026-13-01",
  "99/99/9999",
  "mars 2026",
  "45 %",
  "1e308",
  "-0",
  "NaN",
  "Infinity",
  "E1;E1;E1",
  "E1,E2,E3",
  "oui",
  "non",
  "#REF!",
  "Investissement",
  "Recette",
  "en cours",
  "x".repeat(5000),
  "\u0000\uFFFF\uD800",
  "é".normalize("NFD"),
  "ID",
  "Code projet",
];
const WEIRD_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  1e-12,
  1e15,
  -1e15,
  46000,
  2958465,
  2958466,
  60,
  59,
  61,
  Number.NaN,
  Infinity,
  -Infinity,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  2026,
  1900,
  100,
  101,
];
const ISO_DATES = [
  "2026-01-01",
  "2026-02-29",
  "2024-02-29",
  "1900-01-01",
  "9999-12-31",
  "2026-12-31",
  "0000-00-00",
  "2026-1-1",
  "",
];

/** A random cell of any kind the hosts can produce (and a few they should not). */
export function randomCell(rand) {
  switch (int(rand, 7)) {
    case 0:
      return null;
    case 1:
      return WEIRD_STRINGS[int(rand, WEIRD_STRINGS.length)];
    case 2:
      return WEIRD_NUMBERS[int(rand, WEIRD_NUMBERS.length)];
    case 3:
      return rand() < 0.5;
    case 4:
      return { kind: "date", iso: ISO_DATES[int(rand, ISO_DATES.length)] };
    case 5:
      return { kind: "error", code: ["#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?", ""][int(rand, 6)] };
    default:
      return (rand() * 2e6 - 1e6) / (1 + int(rand, 100));
  }
}

/**
 * A mutant grid: some cells replaced by random ones, some rows dropped or duplicated, a tab
 * renamed or removed now and then. The input is not modified.
 */
export function mutateGrid(grid, rand) {
  const sheets = grid.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) }));
  const edits = 1 + int(rand, 20);
  for (let i = 0; i < edits && sheets.length > 0; i++) {
    const sheet = sheets[int(rand, sheets.length)];
    const what = int(rand, 10);
    if (what === 0 && sheet.rows.length) sheet.rows.splice(int(rand, sheet.rows.length), 1);
    else if (what === 1 && sheet.rows.length)
      sheet.rows.splice(int(rand, sheet.rows.length), 0, [...sheet.rows[int(rand, sheet.rows.length)]]);
    else if (what === 2 && rand() < 0.2) sheets.splice(sheets.indexOf(sheet), 1);
    else if (what === 3 && rand() < 0.3)
      sheet.name = WEIRD_STRINGS[int(rand, WEIRD_STRINGS.length)] || sheet.name.toUpperCase();
    else {
      const r = int(rand, sheet.rows.length + 3);
      while (sheet.rows.length <= r) sheet.rows.push([]);
      const row = sheet.rows[r];
      const c = int(rand, Math.max(row.length, 1) + 2);
      while (row.length <= c) row.push(null);
      row[c] = randomCell(rand);
    }
  }
  return { sheets };
}

/** True when `cell` is a valid A1 address (column ≤ XFD, row ≥ 1). */
export function isA1(cell) {
  const m = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(cell);
  if (!m) return false;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return col <= 16384 && Number(m[2]) <= 1048576;
}
