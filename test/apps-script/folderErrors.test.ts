/**
 * The direction's folder, when it is not what the script needs: each case is one sentence in the
 * sidebar's language (the menu's French), saying what is wrong and what to do — never the
 * runtime's English, never two languages at once. And the .xlsx files of the folder: listed as
 * skipped with why, in Contrôles and in the outcome, while the script cannot read them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { messageText } from "../../src/apps-script/messages.js";
import { execute, GasWorld, MimeType } from "../fakes/gas/index.js";
import { FOLDER, folderWorld, type Status } from "./folder.js";
import { type Built, buildApps } from "./helpers.js";

let built: Built;
beforeAll(async () => {
  built = await buildApps();
});

const SHEET_ID = "1SpreadsheetIdOfAProjectSheet000000000000";
const XLSX = MimeType.MICROSOFT_EXCEL;

/** A world whose Drive holds `files` in the folder FOLDER (named "Fiches projet 2026"). */
function withFolder(files: { id: string; name: string; mimeType: string }[]): GasWorld {
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
    [
      "a folder of .xlsx files only",
      FOLDER,
      () => withFolder([{ id: "x1", name: "voirie.xlsx", mimeType: XLSX }]),
      ["FOLDER_ONLY_XLSX", { folder: "Fiches projet 2026", count: 1 }, lang],
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

describe("the folder's .xlsx files, while the script cannot read them", () => {
  function mixedFolder(): GasWorld {
    const w = folderWorld(4);
    w.drive.folders
      .get(FOLDER)
      ?.files.push(
        { id: "x-2", name: "voirie 2025.xlsx", mimeType: XLSX },
        { id: "x-1", name: "capacite.xlsx", mimeType: XLSX },
        { id: "t-1", name: "ancienne fiche", mimeType: MimeType.GOOGLE_SHEETS, trashed: true },
      );
    return w;
  }

  it.each(["fr", "en"] as const)(
    "are skipped with why (%s), apart from the failures, and listed in Contrôles",
    (lang) => {
      const w = mixedFolder();
      const s = consolidate(w, FOLDER, lang);
      const why = messageText("XLSX_NOT_READ", {}, lang);
      expect(s).toMatchObject({ state: "done", projects: 4, total: 4, failures: [] });
      expect(s.skipped).toEqual([
        { file: "capacite.xlsx", message: why },
        { file: "voirie 2025.xlsx", message: why },
      ]);
      const controls = w.active.getSheetByName("Contrôles")?.dump() ?? [];
      expect(controls).toContainEqual(["capacite.xlsx", why, "", "", "", ""]);
      expect(controls).toContainEqual(["voirie 2025.xlsx", why, "", "", "", ""]);
      // A trashed spreadsheet is not read.
      expect(w.clock.count("SpreadsheetApp.openById")).toBe(4);
    },
  );

  it("the menu's toast counts them", () => {
    const w = mixedFolder();
    w.ui.promptAnswers.push({ text: FOLDER, button: "OK" });
    execute(built.directionCode, w, "menuConsolidate");
    expect(w.active.toasts.map((t) => t.message)).toEqual([
      "Portefeuille écrit\u00A0: 4 projets, 2 classeurs .xlsx non lus (listés dans Contrôles, avec pourquoi).",
    ]);
  });
});
