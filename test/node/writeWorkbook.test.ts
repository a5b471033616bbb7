import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import XLSX from "xlsx";
import type { OutputSheet } from "../../src/core/types.js";
import { wrappedLines } from "../../src/node/printSetup.js";
import { readWorkbookFile } from "../../src/node/readWorkbook.js";
import { fitsInline, internalLink, safeText, writeWorkbookFile } from "../../src/node/writeWorkbook.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fp-write-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const dangerous = ['=HYPERLINK("http://evil","clic")', "+33 1 23", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "=1+1"];

const controls: OutputSheet = {
  name: "Contrôles",
  rows: [
    ["Généré par fiche-projet — 15/11/2026"],
    ["Gravité", "Onglet", "Cellule", "Montant", "Taux", "Date", "Lien"],
    [
      "erreur",
      "Budget",
      "L5",
      1234.5,
      0.4567,
      { kind: "date", iso: "2026-02-28" },
      { kind: "link", text: "Budget!L5", sheet: "Budget 2026", cell: "L5" },
    ],
    ...dangerous.map((d) => [d, null, null, null, null, null, null]),
    [true, "a\u0001b", null, Number.NaN],
  ],
  columnWidths: [30, 12, 8, 14, 8, 12, 14],
  frozenRows: 2,
  styles: [
    { row: 0, col: 0, rows: 1, cols: 1, style: "mark" },
    { row: 1, col: 0, rows: 1, cols: 7, style: "header" },
    { row: 2, col: 3, rows: 1, cols: 1, style: "money" },
    { row: 2, col: 4, rows: 1, cols: 1, style: "percent" },
    { row: 2, col: 0, rows: 1, cols: 1, style: "red" },
  ],
  filters: [{ row: 1, col: 0, rows: 2, cols: 7 }],
  charts: [
    { kind: "column", title: "ignored", data: { row: 1, col: 0, rows: 2, cols: 2 }, anchor: { row: 0, col: 8 } },
  ],
  validations: [
    { area: { row: 2, col: 1, rows: 10, cols: 1 }, values: ["Budget", "Calendrier"] },
    { area: { row: 2, col: 2, rows: 10, cols: 1 }, values: ["avec, virgule", 'et "guillemets"'] },
  ],
  tabColor: "#1F4E79",
};
const budget: OutputSheet = {
  name: "Budget 2026",
  rows: [["x"]],
  columnWidths: [],
  frozenRows: 0,
  styles: [],
  filters: [],
  charts: [],
};

async function written(): Promise<{ path: string; wb: XLSX.WorkBook; bytes: Buffer }> {
  const path = join(dir, `out-${Math.random().toString(36).slice(2)}.xlsx`);
  await writeWorkbookFile(path, [controls, budget]);
  const bytes = await readFile(path);
  return { path, bytes, wb: XLSX.read(bytes, { type: "buffer", cellStyles: true }) };
}

describe("writeWorkbookFile read back with SheetJS", () => {
  it("writes the values, a date serial with a date format, and the sheets in order plus hidden lists", async () => {
    const { wb } = await written();
    expect(wb.SheetNames).toEqual(["Contrôles", "Listes", "Budget 2026"]);
    const ws = wb.Sheets.Contrôles as XLSX.WorkSheet;
    expect(ws.A1?.v).toBe("Généré par fiche-projet — 15/11/2026");
    expect(ws.D3).toMatchObject({ t: "n", v: 1234.5 });
    expect(ws.E3).toMatchObject({ t: "n", v: 0.4567 });
    expect(ws.F3).toMatchObject({ t: "n", v: 46081 });
    expect(ws.F3?.z).toBe("dd/mm/yyyy");
    expect(ws.D3?.z).toBe('#,##0.00 "€"');
    expect(ws.A11).toMatchObject({ t: "b", v: true });
    expect(ws.B11?.v).toBe("a\uFFFDb");
    expect(ws.D11).toBeUndefined();
  });

  it.each(dangerous.map((d, i) => [d, i]))("%j stays a plain string cell, never a formula", async (text, i) => {
    const { wb } = await written();
    const cell = (wb.Sheets.Contrôles as XLSX.WorkSheet)[`A${4 + Number(i)}`];
    expect(cell?.t).toBe("s");
    expect(cell?.v).toBe(text);
    expect(cell?.f).toBeUndefined();
  });

  it("writes no formula at all in the sheet XML", async () => {
    const { bytes } = await written();
    const wb = XLSX.read(bytes, { type: "buffer", bookFiles: true }) as XLSX.WorkBook & {
      files: Record<string, { content?: Uint8Array; _data?: { getContent(): Uint8Array } }>;
    };
    expect(Object.keys(wb.files).some((k) => k.includes("sheet1.xml"))).toBe(true);
    const sheetKey = Object.keys(wb.files).find((k) => /xl\/worksheets\/sheet1\.xml$/.test(k)) as string;
    const entry = wb.files[sheetKey] as { content?: Uint8Array; _data?: { getContent(): Uint8Array } };
    const xml = Buffer.from(entry.content ?? entry._data?.getContent() ?? new Uint8Array()).toString("utf8");
    expect(xml).toContain("<sheetData>");
    expect(xml).not.toContain("<f>");
    expect(xml).toContain('state="frozen"');
    expect(xml).toContain('ySplit="2"');
    expect(xml).toContain('<autoFilter ref="A2:G3"/>');
    expect(xml).toContain(
      '<dataValidation type="list" allowBlank="1" sqref="B3:B12"><formula1>&quot;Budget,Calendrier&quot;</formula1>',
    );
    expect(xml).toContain("<formula1>Listes!$A$2:$A$3</formula1>");
    expect(xml).toContain('<hyperlink ref="G3" location="&apos;Budget 2026&apos;!L5"/>');
    expect(xml).toContain('<tabColor rgb="FF1F4E79"/>');
  });

  it("reads back through our own reader with the same values", async () => {
    const { path } = await written();
    const grid = await readWorkbookFile(path);
    const sheet = grid.sheets.find((s) => s.name === "Contrôles");
    expect(sheet?.rows[2]).toEqual([
      "erreur",
      "Budget",
      "L5",
      1234.5,
      0.4567,
      { kind: "date", iso: "2026-02-28" },
      "Budget!L5",
    ]);
    // A conforming XML parser reads a raw CR as LF (XML 1.0 §2.11); the cell stays text.
    expect(sheet?.rows.slice(3, 3 + dangerous.length).map((r) => r[0])).toEqual(
      dangerous.map((d) => d.replace("\r", "\n")),
    );
    const lists = grid.sheets.find((s) => s.name === "Listes");
    expect(lists?.rows.slice(1)).toEqual([["avec, virgule"], ['et "guillemets"']]);
  });
});

describe("links", () => {
  it("a link to a tab that is not in the written workbook becomes plain text", async () => {
    const path = join(dir, "liens.xlsx");
    const link = (sheet: string) => ({ kind: "link" as const, text: `${sheet}!B2`, sheet, cell: "B2" });
    await writeWorkbookFile(path, [{ ...budget, name: "Contrôles", rows: [[link("Contrôles"), link("Budget")]] }]);
    const ws = XLSX.read(await readFile(path), { type: "buffer" }).Sheets.Contrôles as XLSX.WorkSheet;
    expect(ws.A1?.l?.Target).toBe("#'Contrôles'!B2");
    expect(ws.B1).toMatchObject({ t: "s", v: "Budget!B2" });
    expect(ws.B1?.l).toBeUndefined();
  });
});

describe("atomic write", () => {
  it("keeps the previous output when the write fails before the rename, and leaves no temp file", async () => {
    const path = join(dir, "atomique.xlsx");
    await writeFile(path, "previous content");
    const before = createHash("sha256")
      .update(await readFile(path))
      .digest("hex");
    await expect(
      writeWorkbookFile(path, [controls], {
        beforeRename: () => {
          throw new Error("disk full (injected)");
        },
      }),
    ).rejects.toThrow("disk full (injected)");
    expect(
      createHash("sha256")
        .update(await readFile(path))
        .digest("hex"),
    ).toBe(before);
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("keeps the previous output when building the workbook throws", async () => {
    const path = join(dir, "atomique2.xlsx");
    await writeFile(path, "previous content");
    await expect(writeWorkbookFile(path, [{ ...budget, name: "a/b:c" }])).rejects.toThrow();
    expect(await readFile(path, "utf8")).toBe("previous content");
  });
});

describe("helpers", () => {
  it.each([
    [["a", "b"], true],
    [Array.from({ length: 4 }, () => "x".repeat(50)), true],
    [["a,b"], false],
    [['a"b'], false],
    [Array.from({ length: 6 }, () => "x".repeat(50)), false],
  ])("fitsInline(%j) → %s", (values, expected) => {
    expect(fitsInline(values as string[])).toBe(expected);
  });
  it("quotes sheet names in internal links", () => {
    expect(internalLink("L'équipe", "B2")).toBe("#'L''équipe'!B2");
  });
  it("clamps text to Excel's cell limit", () => {
    expect(safeText("x".repeat(40_000))).toHaveLength(32_767);
  });
});

describe("layout", () => {
  it.each([
    ["a short label fits one line", "Code", 14, 1],
    ["two words wrap onto two lines", "Prévision finale", 12, 2],
    ["a word longer than the column is cut into pieces", "x".repeat(25), 10, 3],
    ["an empty label takes one line", "", 10, 1],
    ["spaces and an em dash are word breaks", "Dépenses — Prévu initial", 15, 2],
  ])("wrappedLines: %s", (_name, text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });

  it("gives wrapped header rows their height, prints on A4 with the header repeated, freezes columns", async () => {
    const path = join(dir, "layout.xlsx");
    const wide: OutputSheet = {
      ...controls,
      name: "Large",
      rows: [["Généré par fiche-projet"], ["Dépenses — Prévision finale", "Code"], ["x", "y"]],
      columnWidths: [12, 100, 100, 100],
      styles: [{ row: 1, col: 0, rows: 1, cols: 2, style: "header" }],
      frozenRows: 2,
      frozenColumns: 1,
      landscape: true,
      validations: [],
      charts: [],
    };
    await writeWorkbookFile(path, [wide]);
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet("Large");
    expect(ws?.getRow(2).height).toBe(45);
    expect(ws?.getRow(3).height).toBeUndefined();
    expect(ws?.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 2, fitToHeight: 0 });
    expect(ws?.pageSetup.printTitlesRow).toBe("1:2");
    expect(ws?.pageSetup.printTitlesColumn).toBe("A:A");
    expect(ws?.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2 });
    expect(ws?.getCell("A2").font).toMatchObject({ name: "Calibri", size: 11, bold: true });
  });
});
