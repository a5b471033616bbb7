/**
 * The direction's folder, when it is not what the script needs: each case is one sentence in the
 * sidebar's language (the menu's French), saying what is wrong and what to do — never the
 * runtime's English, never two languages at once. And the .xlsx files of the folder: read by the
 * core's reader as a Google Sheet is, a hostile one listed in Contrôles with its reason.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildZip } from "../../scripts/hostile-corpus.mjs";
import { messageText } from "../../src/apps-script/messages.js";
import { EXAMPLES } from "../../src/core/examples/index.js";
import { buildTemplateSheets } from "../../src/core/template/sheets.js";
import { workbookBytes } from "../../src/node/writeWorkbook.js";
import { inspectXlsxArchive } from "../../src/xlsx/xlsxArchive.js";
import { execute, type FakeFileRecord, GasWorld, MimeType } from "../fakes/gas/index.js";
import { codeOf, FOLDER, folderWorld, type Status } from "./folder.js";
import { type Built, buildApps } from "./helpers.js";
import { withProjectValue } from "./sheets.js";

let built: Built;
beforeAll(async () => {
  built = await buildApps();
});

const SHEET_ID = "1SpreadsheetIdOfAProjectSheet000000000000";
const XLSX = MimeType.MICROSOFT_EXCEL;

/** A world whose Drive holds `files` in the folder FOLDER (named "Fiches projet 2026"). */
function withFolder(files: FakeFileRecord[]): GasWorld {
  const w = new GasWorld();
  w.drive.addFolder(FOLDER, "Fiches projet 2026", files);
  return w;
}

const consolidate = (w: GasWorld, input: string, lang?: string) =>
  execute(built.directionCode, w, "ficheProjetConsolidateFolder", input, lang) as Status;

describe.each(["fr", "en"] as const)("a folder the script cannot use, in %s", (lang) => {
  const CASES: [string, string, () => GasWorld, Parameters<typeof messageText>][] = [
    ["nothing typed", "  ", () => withFolder([]), ["FOLDER_MISSING", {}, lang]],
    [
      "a spreadsheet's link",
      `https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit#gid=0`,
      () => withFolder([]),
      [
        "FOLDER_LINK_NOT_FOLDER",
        { input: `https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit#gid=0`, what: "spreadsheet" },
        lang,
      ],
    ],
    [
      "a Drive file's link",
      "https://drive.google.com/file/d/1PdfFileId000000/view",
      () => withFolder([]),
      [
        "FOLDER_LINK_NOT_FOLDER",
        { input: "https://drive.google.com/file/d/1PdfFileId000000/view", what: "file" },
        lang,
      ],
    ],
    [
      "words",
      "dossier des fiches",
      () => withFolder([]),
      ["FOLDER_LINK_NOT_FOLDER", { input: "dossier des fiches", what: "other" }, lang],
    ],
    [
      "a spreadsheet's bare ID",
      SHEET_ID,
      () => withFolder([{ id: SHEET_ID, name: "Fiche", mimeType: MimeType.GOOGLE_SHEETS }]),
      ["FOLDER_LINK_NOT_FOLDER", { input: SHEET_ID, what: "spreadsheet" }, lang],
    ],
    [
      "a folder not shared with this account",
      "https://drive.google.com/drive/folders/1NotSharedWithMe0000",
      () => withFolder([]),
      ["FOLDER_INACCESSIBLE", { id: "1NotSharedWithMe0000" }, lang],
    ],
    ["an empty folder", FOLDER, () => withFolder([]), ["FOLDER_EMPTY", { folder: "Fiches projet 2026" }, lang]],
    [
      "a folder of documents only",
      FOLDER,
      () =>
        withFolder([
          { id: "d1", name: "Compte rendu", mimeType: MimeType.GOOGLE_DOCS },
          { id: "d2", name: "Note", mimeType: MimeType.GOOGLE_DOCS },
        ]),
      ["FOLDER_NO_SPREADSHEET", { folder: "Fiches projet 2026", count: 2 }, lang],
    ],
  ];

  it.each(CASES)("%s: one sentence, what to do", (_edge, input, make, expected) => {
    const w = make();
    expect(() => consolidate(w, input, lang)).toThrow(messageText(...expected));
    // Nothing started: no job, no trigger, no state tab.
    expect(w.documentProperties.data.size).toBe(0);
    expect(w.scriptApp.triggers).toEqual([]);
  });
});

describe("the sentences", () => {
  it.each([
    [
      "a spreadsheet's link, in French",
      messageText(
        "FOLDER_LINK_NOT_FOLDER",
        { input: "https://docs.google.com/spreadsheets/d/x/edit", what: "spreadsheet" },
        "fr",
      ),
      "«\u00A0https://docs.google.com/spreadsheets/d/x/edit\u00A0» est un classeur Google Sheets, pas un dossier\u00A0: ouvrez dans Google Drive le dossier qui contient les fiches, puis copiez l'adresse de la barre du navigateur (https://drive.google.com/drive/folders/…).",
    ],
    [
      "a folder not shared, in English",
      messageText("FOLDER_INACCESSIBLE", { id: "1Abc" }, "en"),
      "Folder 1Abc cannot be found for the signed-in Google account: it was deleted, or it is not shared with this account. Ask its owner to share it with you (viewer is enough); if several Google accounts are signed in, open this spreadsheet with the one that has access to the folder.",
    ],
  ])("%s", (_edge, text, expected) => {
    expect(text).toBe(expected);
  });
});

describe("the menu speaks French, in an alert that stays", () => {
  it("Consolider un dossier… with a spreadsheet's link", () => {
    const w = withFolder([]);
    w.ui.promptAnswers.push({ text: `https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit`, button: "OK" });
    execute(built.directionCode, w, "menuConsolidate");
    expect(w.ui.alerts).toEqual([
      `Fiche projet: «\u00A0https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit\u00A0» est un classeur Google Sheets, pas un dossier\u00A0: ouvrez dans Google Drive le dossier qui contient les fiches, puis copiez l'adresse de la barre du navigateur (https://drive.google.com/drive/folders/…).`,
    ]);
    expect(w.active.toasts).toEqual([]);
  });
});

describe("the folder's .xlsx files, read by the core's reader over Utilities.unzip (no TextDecoder in the script's context)", () => {
  /** The folder's first fiche (code P000) as an .xlsx file written by the command line's writer. */
  const ficheXlsx = async () =>
    workbookBytes(
      withProjectValue(
        buildTemplateSheets({ lang: "fr", example: EXAMPLES[0] as (typeof EXAMPLES)[number] }),
        "Code projet",
        codeOf(0),
      ),
    );

  it("the same fiche as a Google Sheet and as an .xlsx file gives the same portfolio", async () => {
    const asSheet = folderWorld(1);
    const asXlsx = withFolder([{ id: "x-0", name: "Fiche P000", mimeType: XLSX, bytes: await ficheXlsx() }]);
    const a = consolidate(asSheet, FOLDER);
    const b = consolidate(asXlsx, FOLDER);
    expect(a).toMatchObject({ state: "done", projects: 1, failures: [] });
    expect(b).toMatchObject({ state: "done", projects: 1, failures: [] });
    expect(asSheet.active.getSheetByName("Portefeuille")?.dump().flat()).toContain("P000");
    for (const tab of ["Portefeuille", "Budget consolidé", "Charge services", "Contrôles"]) {
      const sheet = asSheet.active.getSheetByName(tab)?.dump();
      expect(sheet?.length, tab).toBeGreaterThan(1);
      expect(asXlsx.active.getSheetByName(tab)?.dump(), tab).toEqual(sheet);
    }
    expect(asXlsx.clock.count("SpreadsheetApp.openById")).toBe(0);
  });

  it.each(["fr", "en"] as const)(
    "a hostile .xlsx (zip bomb, not a zip, a Word document) is a failure with its reason, not a crash (%s)",
    (lang) => {
      const w = folderWorld(4);
      const hostile = [
        { id: "x-1", name: "bombe.xlsx", bytes: declaredBomb() },
        { id: "x-2", name: "export.xlsx", bytes: new TextEncoder().encode("Nom;Montant\nA;1") },
        {
          id: "x-3",
          name: "note.xlsx",
          bytes: new Uint8Array(buildZip([{ name: "word/document.xml", data: "<w/>" }])),
        },
      ];
      w.drive.folders.get(FOLDER)?.files.push(...hostile.map((f) => ({ ...f, mimeType: XLSX })));
      const s = consolidate(w, FOLDER, lang);
      const why = (bytes: Uint8Array) => {
        const r = inspectXlsxArchive(bytes, { maxFileBytes: 50 * 1024 * 1024 });
        if (r.ok) throw new Error("the guard should refuse it");
        return messageText("FILE_FAILED", { message: lang === "en" ? r.reasonEn : r.reason }, lang);
      };
      expect(s).toMatchObject({ state: "done", projects: 4, total: 7 });
      expect(s.failures).toEqual(hostile.map((f) => ({ file: f.name, message: why(f.bytes) })));
      expect(s.failures.map((f) => f.message).join(" ")).toMatch(
        lang === "en" ? /bomb.*CSV.*Word/is : /bombe.*CSV.*Word/is,
      );
      // The tab is named in the consolidation's language (SPEC §6: English tab names).
      const controls = w.active.getSheetByName(lang === "fr" ? "Contrôles" : "Checks")?.dump() ?? [];
      for (const f of hostile) expect(controls).toContainEqual([f.name, why(f.bytes), "", "", "", ""]);
    },
  );

  it("a folder of .xlsx files only is consolidated", async () => {
    const w = withFolder([{ id: "x-0", name: "voirie.xlsx", mimeType: XLSX, bytes: await ficheXlsx() }]);
    expect(consolidate(w, FOLDER)).toMatchObject({ state: "done", projects: 1, failures: [] });
  });
});

/** 16 MB of shared strings deflated to a few KB, sizes declared: the zip guard's ratio refuses it. */
function declaredBomb(): Uint8Array {
  return new Uint8Array(
    buildZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "xl/workbook.xml", data: "<workbook/>" },
      { name: "xl/sharedStrings.xml", data: `<sst><si><t>${"A".repeat(16 * 1024 * 1024)}</t></si></sst>` },
    ]),
  );
}
