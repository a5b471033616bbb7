/**
 * Every sentence the Apps Script hosts show for a problem (sidebar, toast, alert, `Contrôles`),
 * in French and English, in one catalogue: the code raises a typed error (a code and its
 * params), this module writes it. Each sentence says what is wrong and what to do next. Pure:
 * the sidebar's page uses it too (for what only the page sees: the 6-minute limit, a lost
 * connection).
 */
import { frenchSpacing } from "../core/messages/index.js";
import type { Lang } from "../core/types.js";

/** What `Fiche projet` can fail on, with what each sentence needs. */
export interface ErrorParams {
  /** The document lock is held by another execution (another sidebar, a menu). */
  readonly LOCK_BUSY: Record<string, never>;
  /** An issue's cell is gone (tab renamed or deleted since Vérifier). */
  readonly CELL_NOT_FOUND: { readonly cell: string };
  /** Consolider with nothing typed. */
  readonly FOLDER_MISSING: Record<string, never>;
  /** A link or ID that is not a Drive folder: a spreadsheet, a document, a file, or neither. */
  readonly FOLDER_LINK_NOT_FOLDER: { readonly input: string; readonly what: "spreadsheet" | "file" | "other" };
  /** Drive does not give this folder to this account (no such folder, not shared, other account). */
  readonly FOLDER_INACCESSIBLE: { readonly id: string };
  readonly FOLDER_EMPTY: { readonly folder: string };
  /** Files, but neither a Google Sheets file nor an .xlsx workbook. */
  readonly FOLDER_NO_SPREADSHEET: { readonly folder: string; readonly count: number };
  /** Only .xlsx workbooks, while the script cannot read them. */
  /** Apps Script stopped the execution at 6 minutes. */
  readonly TIME_LIMIT: { readonly role: "lead" | "direction" };
  /** Consolider asked of the project lead's script, which has no Drive access. */
  readonly CONSOLIDATE_NOT_HERE: Record<string, never>;
  /** `google.script.run` failed before reaching the script (network, server). */
  readonly CONNECTION: { readonly message: string };
  /** Anything else: a bug, or a service failing. */
  readonly UNEXPECTED: { readonly message: string };
}

export type ErrorCode = keyof ErrorParams;

/** Why one file of the direction's folder was not consolidated (a `Contrôles` row, a sidebar line). */
export interface FileReasonParams {
  readonly FILE_NO_PERMISSION: Record<string, never>;
  readonly FILE_FAILED: { readonly message: string };
  /** The execution died while reading it (memory, time): recorded so that it is not tried forever. */
  readonly FILE_INTERRUPTED: Record<string, never>;
}

export type FileReasonCode = keyof FileReasonParams;

type Catalogue<P> = { readonly [C in keyof P]: (p: P[C]) => string };

const FOLDER_URL = "https://drive.google.com/drive/folders/…";

const FR: Catalogue<ErrorParams & FileReasonParams> = {
  LOCK_BUSY: () =>
    "Le classeur est en cours d'écriture par une autre action (un autre panneau ou un menu). Attendez qu'elle se termine, puis relancez.",
  CELL_NOT_FOUND: (p) =>
    `La cellule ${p.cell} n'existe plus (onglet renommé ou supprimé ?). Relancez « Vérifier » pour mettre la liste à jour.`,
  FOLDER_MISSING: () =>
    `Indiquez le dossier Drive des fiches projet : ouvrez-le dans Google Drive et copiez l'adresse de la barre du navigateur (${FOLDER_URL}).`,
  FOLDER_LINK_NOT_FOLDER: (p) =>
    `${
      p.what === "spreadsheet"
        ? `« ${p.input} » est un classeur Google Sheets, pas un dossier`
        : p.what === "file"
          ? `« ${p.input} » est un fichier, pas un dossier`
          : `« ${p.input} » n'est ni un lien ni un identifiant de dossier Drive`
    } : ouvrez dans Google Drive le dossier qui contient les fiches, puis copiez l'adresse de la barre du navigateur (${FOLDER_URL}).`,
  FOLDER_INACCESSIBLE: (p) =>
    `Le dossier ${p.id} est introuvable pour le compte Google connecté : il a été supprimé, ou il n'est pas partagé avec ce compte. Demandez à son propriétaire de vous le partager (lecteur suffit) ; si plusieurs comptes Google sont ouverts, ouvrez ce classeur avec celui qui a accès au dossier.`,
  FOLDER_EMPTY: (p) =>
    `Le dossier « ${p.folder} » ne contient aucune fiche projet (il est vide, ou ne contient que ce classeur-ci). Déposez-y les fiches projet (Google Sheets), puis relancez la consolidation.`,
  FOLDER_NO_SPREADSHEET: (p) =>
    `Le dossier « ${p.folder} » ne contient aucune fiche projet (${p.count} ${p.count > 1 ? "fichiers" : "fichier"}, ni Google Sheets ni .xlsx ; les sous-dossiers ne sont pas lus). Déposez-y les fiches, ou indiquez le dossier qui les contient.`,
  TIME_LIMIT: (p) =>
    p.role === "direction"
      ? "Ce lot a atteint la limite de 6 minutes d'Apps Script : la consolidation reprend d'elle-même dans quelques minutes (ou Fiche projet › Continuer), sans rien perdre ni compter deux fois."
      : "L'action a été arrêtée par la limite de 6 minutes d'Apps Script. Relancez-la ; si elle s'arrête encore, allégez le classeur (onglets inutiles, lignes vides sous les tableaux).",
  CONSOLIDATE_NOT_HERE: () =>
    "La consolidation d'un dossier Drive se fait depuis le classeur de la direction (son propre script, qui a accès à Drive) : ce classeur-ci n'a accès qu'à lui-même.",
  CONNECTION: (p) =>
    `Le panneau n'a pas pu joindre le script (${p.message}). Vérifiez la connexion, puis réessayez ; si cela persiste, fermez le panneau et rouvrez-le depuis le menu Fiche projet.`,
  UNEXPECTED: (p) =>
    `Erreur inattendue du script : ${p.message}. Réessayez ; si elle se répète, transmettez ce message à la personne qui gère l'outil.`,
  FILE_NO_PERMISSION: () =>
    "accès refusé : ce classeur n'est pas partagé avec votre compte ; demandez à son propriétaire de vous le partager.",
  FILE_FAILED: (p) => `illisible : ${p.message}`,
  FILE_INTERRUPTED: () =>
    "lecture interrompue (classeur trop lourd pour Apps Script ?) : ouvrez-le avec Google Sheets dans ce dossier, ou consolidez-le avec la commande fiche-projet.",
};

const EN: Catalogue<ErrorParams & FileReasonParams> = {
  LOCK_BUSY: () =>
    "Another action (another sidebar or a menu) is writing to this spreadsheet. Wait for it to finish, then try again.",
  CELL_NOT_FOUND: (p) =>
    `Cell ${p.cell} no longer exists (tab renamed or deleted?). Run “Check” again to refresh the list.`,
  FOLDER_MISSING: () =>
    `Give the Drive folder of the project sheets: open it in Google Drive and copy the address from the browser bar (${FOLDER_URL}).`,
  FOLDER_LINK_NOT_FOLDER: (p) =>
    `${
      p.what === "spreadsheet"
        ? `“${p.input}” is a Google Sheets spreadsheet, not a folder`
        : p.what === "file"
          ? `“${p.input}” is a file, not a folder`
          : `“${p.input}” is neither a Drive folder link nor a folder ID`
    }: open the folder that holds the project sheets in Google Drive, then copy the address from the browser bar (${FOLDER_URL}).`,
  FOLDER_INACCESSIBLE: (p) =>
    `Folder ${p.id} cannot be found for the signed-in Google account: it was deleted, or it is not shared with this account. Ask its owner to share it with you (viewer is enough); if several Google accounts are signed in, open this spreadsheet with the one that has access to the folder.`,
  FOLDER_EMPTY: (p) =>
    `Folder “${p.folder}” holds no project sheet (it is empty, or holds only this spreadsheet). Put the project sheets (Google Sheets) in it, then consolidate again.`,
  FOLDER_NO_SPREADSHEET: (p) =>
    `Folder “${p.folder}” holds no project sheet (${p.count} ${p.count > 1 ? "files" : "file"}, neither Google Sheets nor .xlsx; subfolders are not read). Put the sheets in it, or give the folder that holds them.`,
  TIME_LIMIT: (p) =>
    p.role === "direction"
      ? "This batch reached Apps Script's 6-minute limit: the consolidation resumes by itself within a few minutes (or Fiche projet › Continuer), losing nothing and counting nothing twice."
      : "Apps Script stopped the action at its 6-minute limit. Run it again; if it stops again, lighten the spreadsheet (unused tabs, empty rows below the tables).",
  CONSOLIDATE_NOT_HERE: () =>
    "Consolidating a Drive folder is done from the direction's spreadsheet (its own script, with Drive access): this one can only access itself.",
  CONNECTION: (p) =>
    `The sidebar could not reach the script (${p.message}). Check the connection, then try again; if it persists, close the sidebar and open it again from the Fiche projet menu.`,
  UNEXPECTED: (p) =>
    `Unexpected script error: ${p.message}. Try again; if it happens again, send this message to whoever maintains the tool.`,
  FILE_NO_PERMISSION: () =>
    "access denied: this spreadsheet is not shared with your account; ask its owner to share it.",
  FILE_FAILED: (p) => `unreadable: ${p.message}`,
  FILE_INTERRUPTED: () =>
    "reading interrupted (workbook too heavy for Apps Script?): open it with Google Sheets in this folder, or consolidate it with the fiche-projet command.",
};

/**
 * The sentence of a code, in `lang` (French with its no-break spaces).
 * @example messageText("FOLDER_EMPTY", { folder: "Fiches 2026" }, "en") // 'Folder “Fiches 2026” holds no project sheet …'
 */
export function messageText<C extends ErrorCode | FileReasonCode>(
  code: C,
  params: (ErrorParams & FileReasonParams)[C],
  lang: Lang,
): string {
  return lang === "en" ? EN[code](params) : frenchSpacing(FR[code](params));
}

/** The runtime's own words for the 6-minute limit (it kills the execution: only the caller sees them). */
export const TIME_LIMIT_MESSAGE = /exceeded maximum execution time/i;
