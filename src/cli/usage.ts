/** Usage errors (exit 2, no stack trace), the help text, and French typography for what the CLI prints. */
import { frenchSpacing } from "../core/messages/index.js";
import type { Lang } from "../core/types.js";

/**
 * French typography for one line the CLI prints: a no-break space before `:` `;` `?` `!` and
 * inside « », so that a narrow terminal never wraps the punctuation onto a line of its own.
 * @example frenchTypography("inconnue : chek ; vouliez-vous dire « check » ?") // no-break spaces where the plain ones were
 */
export function frenchTypography(text: string): string {
  return frenchSpacing(text).replace(/ (?=[;?!])/g, "\u00A0");
}

/** A command line the tool cannot run: printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  /** The message in English (`message` is French). */
  readonly en: string;
  constructor(fr: string, en: string = fr) {
    super(fr);
    this.en = en;
  }
}

const HELP_FR = `fiche-projet — contrôler, calculer et consolider des fiches projet (.xlsx)

Usage :
  fiche-projet template [-o FICHIER] [--lang fr|en] [--example] [--force]
  fiche-projet check FICHIER [--json] [--status-date AAAA-MM-JJ] [--lang fr|en] [-o RAPPORT.xlsx] [--force]
  fiche-projet consolidate FICHIER|DOSSIER... -o PORTEFEUILLE.xlsx [--capacity FICHIER] [--json]
                           [--previous ANCIEN-PORTEFEUILLE.xlsx] [--status-date AAAA-MM-JJ] [--lang fr|en] [--force]
  fiche-projet compare ANCIEN.xlsx NOUVEAU.xlsx [--json] [--status-date AAAA-MM-JJ] [--lang fr|en]
  fiche-projet demo [--status-date AAAA-MM-JJ] [--lang fr|en]
  fiche-projet --help | --version

Commandes :
  template      écrit un modèle vierge (fiche-projet.xlsx par défaut) ; --example le remplit d'un exemple
  check         contrôle un classeur et affiche ses problèmes et sa synthèse ;
                -o écrit les onglets Synthèse et Contrôles dans un NOUVEAU classeur
  consolidate   consolide des classeurs (les dossiers sont parcourus récursivement) en un portefeuille ;
                --previous ajoute l'onglet Évolution (ce qui a changé depuis ce portefeuille-là)
  compare       ce qui a changé entre deux versions d'une fiche, ou de deux portefeuilles
                (depuis le dernier comité de pilotage) ; --status-date vaut pour la nouvelle fiche,
                l'ancienne garde sa date d'état
  demo          régénère les exemples (examples/) et les consolide dans out/portefeuille.xlsx

Options :
  --json               écrit seulement le document JSON sur la sortie standard
  --status-date D      date d'état (par défaut : celle de la fiche, sinon aujourd'hui, heure de Paris)
  --lang fr|en         langue des messages (français par défaut)
  --capacity FICHIER   classeur dont l'onglet Capacité donne la capacité des services
  --previous FICHIER   portefeuille précédent, comparé au nouveau dans l'onglet Évolution
  --force              remplace un fichier de sortie existant

Codes de sortie : 0 aucune erreur ; 1 erreurs dans les données (ou classeur illisible lors d'une
consolidation) ; 2 usage incorrect ou entrée illisible. compare sort avec 0 : un changement
n'est pas une erreur.
`;

const HELP_EN = `fiche-projet — check, compute and consolidate project sheets (.xlsx)

Usage:
  fiche-projet template [-o FILE] [--lang fr|en] [--example] [--force]
  fiche-projet check FILE [--json] [--status-date YYYY-MM-DD] [--lang fr|en] [-o REPORT.xlsx] [--force]
  fiche-projet consolidate FILE|DIR... -o PORTFOLIO.xlsx [--capacity FILE] [--json]
                           [--previous OLD-PORTFOLIO.xlsx] [--status-date YYYY-MM-DD] [--lang fr|en] [--force]
  fiche-projet compare OLD.xlsx NEW.xlsx [--json] [--status-date YYYY-MM-DD] [--lang fr|en]
  fiche-projet demo [--status-date YYYY-MM-DD] [--lang fr|en]
  fiche-projet --help | --version

Commands:
  template      writes a blank template (fiche-projet.xlsx by default); --example fills in an example
  check         checks a workbook and prints its issues and summary;
                -o writes the Synthèse and Contrôles tabs into a NEW workbook
  consolidate   consolidates workbooks (folders are scanned recursively) into a portfolio;
                --previous adds the Évolution tab (what changed since that portfolio)
  compare       what changed between two versions of a project sheet, or of a portfolio
                (since the last steering committee); --status-date applies to the new sheet,
                the old one keeps its own status date
  demo          regenerates the examples (examples/) and consolidates them into out/portefeuille.xlsx

Options:
  --json               prints only the JSON document on standard output
  --status-date D      status date (default: the sheet's, else today in Paris time)
  --lang fr|en         language of the messages (French by default)
  --capacity FILE      workbook whose Capacité tab gives the services' capacity
  --previous FILE      previous portfolio, compared with the new one in the Évolution tab
  --force              replaces an existing output file

Exit codes: 0 no error; 1 errors in the data (or an unreadable workbook in a consolidation);
2 bad usage or an unreadable input. compare exits 0: a change is not an error.
`;

/** The help text. */
export function helpText(lang: Lang): string {
  return lang === "en" ? HELP_EN : HELP_FR;
}
