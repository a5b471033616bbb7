/**
 * Reads LibreOffice's flat ODF spreadsheet (.fods, what `soffice --convert-to fods` writes) into
 * typed cells: the second reader of build-expected.mjs. ODF keeps each cell's value type
 * (float, percentage, currency, date, time, boolean, string; calcext:value-type="error").
 */

const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e] ?? m),
  );
const attrsOf = (s) => Object.fromEntries([...s.matchAll(/([\w:.-]+)="([^"]*)"/g)].map((m) => [m[1], decode(m[2])]));

/** "PT12H30M15.5S" (or "PT986H…" for durations) → a fraction of days. */
function durationDays(iso) {
  const m = iso.match(/^(-)?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/);
  if (!m) return Number.NaN;
  const d = Number(m[2] ?? 0) + Number(m[3] ?? 0) / 24 + Number(m[4] ?? 0) / 1440 + Number(m[5] ?? 0) / 86_400;
  return m[1] ? -d : d;
}

const colName = (c) => {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

function typedValue(a, text) {
  if (a["calcext:value-type"] === "error") return { kind: "error", code: text };
  switch (a["office:value-type"]) {
    case "float":
    case "percentage":
    case "currency":
      return Number(a["office:value"]);
    case "date":
      return { kind: "date", iso: a["office:date-value"].slice(0, 10), raw: a["office:date-value"] };
    case "time":
      return { kind: "time", days: durationDays(a["office:time-value"]) };
    case "boolean":
      return a["office:boolean-value"] === "true";
    case "string":
      return a["office:string-value"] ?? text;
    default:
      return undefined;
  }
}

/**
 * The sheets of a .fods text: name and cells by A1 address, within the first `maxRows` rows and
 * `maxCols` columns. Covered cells (the hidden part of a merge) are skipped.
 * @returns {{name: string, cells: Map<string, unknown>}[]}
 */
export function readFods(xml, maxRows = 200, maxCols = 50) {
  const sheets = [];
  let sheet = null;
  let row = 0;
  let nextRow = 0;
  let col = 0;
  let rowRepeat = 1;
  let cell = null; // { attrs, colRepeat, paras: string[], depthSkip }
  let skip = 0; // inside an annotation or a drawing
  const re = /<\?[^>]*\?>|<!--[\s\S]*?-->|<(\/?)([\w:.-]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(re)) {
    const [, close, name, rawAttrs, selfClose, text] = m;
    if (text !== undefined) {
      // The file is indented: only text inside a paragraph is cell text.
      if (cell?.inPara && !skip) cell.paras[cell.paras.length - 1] += decode(text);
      continue;
    }
    if (!name) continue;
    if (skip) {
      if (name === "office:annotation" || name.startsWith("draw:")) {
        if (close) skip--;
        else if (!selfClose) skip++;
      }
      continue;
    }
    if (!close && (name === "office:annotation" || name.startsWith("draw:"))) {
      if (!selfClose) skip = 1;
      continue;
    }
    const a = close ? {} : attrsOf(rawAttrs);
    if (name === "table:table" && !close) {
      sheet = { name: a["table:name"], cells: new Map() };
      sheets.push(sheet);
      nextRow = 0;
    } else if (name === "table:table-row") {
      if (close) nextRow += rowRepeat;
      else {
        row = nextRow;
        rowRepeat = Number(a["table:number-rows-repeated"] ?? 1);
        col = 0;
        if (selfClose) nextRow += rowRepeat;
      }
    } else if (name === "table:table-cell" || name === "table:covered-table-cell") {
      if (!close) {
        const colRepeat = Number(a["table:number-columns-repeated"] ?? 1);
        cell = { attrs: a, colRepeat, paras: [], covered: name === "table:covered-table-cell" };
        if (selfClose) finishCell();
      } else if (cell) finishCell();
    } else if (cell && name === "text:p") {
      if (!close) cell.paras.push("");
      cell.inPara = !close && !selfClose;
    } else if (cell?.inPara && !close) {
      const last = cell.paras.length - 1;
      if (name === "text:s") cell.paras[last] += " ".repeat(Number(a["text:c"] ?? 1));
      else if (name === "text:tab") cell.paras[last] += "\t";
      else if (name === "text:line-break") cell.paras[last] += "\n";
    }
  }
  return sheets;

  function finishCell() {
    const value = cell.covered ? undefined : typedValue(cell.attrs, cell.paras.join("\n"));
    if (value !== undefined && row < maxRows) {
      // A repeated row or cell with a value repeats the value (LibreOffice compresses equal neighbours).
      for (let r = row; r < Math.min(row + rowRepeat, maxRows); r++) {
        for (let c = col; c < Math.min(col + cell.colRepeat, maxCols); c++)
          sheet.cells.set(`${colName(c)}${r + 1}`, value);
      }
    }
    col += cell.colRepeat;
    cell = null;
  }
}

export { colName };
