/** Workbooks built with exceljs inside the tests: every kind of cell the reader must understand. */
import ExcelJS from "exceljs";

/** A workbook with a title row, dates, formulas (cached results, errors, shared), rich text, links, merges. */
export async function kitchenSinkWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Calendrier");
  ws.getCell("A1").value = "Calendrier du projet";
  ws.mergeCells("A1:C1");
  ws.getRow(2).values = ["ID", "Étape", "Début prévu", "Fin prévue", "Budget"];
  ws.getCell("A3").value = "E1";
  ws.getCell("B3").value = { richText: [{ text: "Études " }, { text: "préalables", font: { bold: true } }] };
  ws.getCell("C3").value = new Date(Date.UTC(2026, 0, 5));
  ws.getCell("D3").value = new Date(Date.UTC(2026, 1, 27, 15, 30));
  ws.getCell("E3").value = { formula: "1000*12", result: 12000 };
  ws.getCell("A4").value = "E2";
  ws.getCell("B4").value = { text: "Lien vers la note", hyperlink: "https://example.org/note" };
  ws.getCell("C4").value = { formula: "Feuil2!A1", result: { error: "#REF!" } };
  ws.getCell("D4").value = { error: "#N/A" };
  ws.getCell("E4").value = { sharedFormula: "E3", result: 12000 };
  ws.getCell("E3").value = {
    formula: "1000*12",
    result: 12000,
    shareType: "shared",
    ref: "E3:E4",
  } as ExcelJS.CellValue;
  ws.getCell("A6").value = true;
  ws.getCell("B6").value = '=HYPERLINK("http://x")';
  ws.getCell("C6").value = { formula: "TODAY()", result: new Date(Date.UTC(2026, 10, 28)) };
  ws.getCell("D6").value = { formula: '"a"&"b"', result: "ab" };
  ws.getCell("E6").value = { formula: "NA()" };
  wb.addWorksheet("Vide");
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
