/**
 * "Did you mean": the command or option a mistyped word most likely stands for — the French
 * words people type for them (a small table), else the closest name within two typos.
 */

/** French (and other natural) words for a command, accents and case aside. */
const COMMAND_WORDS: Readonly<Record<string, string>> = {
  verifier: "check",
  verif: "check",
  controler: "check",
  controle: "check",
  valider: "check",
  consolider: "consolidate",
  consolidation: "consolidate",
  portefeuille: "consolidate",
  comparer: "compare",
  comparaison: "compare",
  evolution: "compare",
  difference: "compare",
  differences: "compare",
  diff: "compare",
  modele: "template",
  gabarit: "template",
  creer: "template",
  nouveau: "template",
  demonstration: "demo",
  aide: "--help",
  version: "--version",
};

/** French words for an option, written as typed after the dashes, accents and case aside. */
const OPTION_WORDS: Readonly<Record<string, string>> = {
  exemple: "--example",
  langue: "--lang",
  language: "--lang",
  capacite: "--capacity",
  capacites: "--capacity",
  precedent: "--previous",
  "portefeuille-precedent": "--previous",
  ancien: "--previous",
  "date-etat": "--status-date",
  "date-d-etat": "--status-date",
  "date-de-situation": "--status-date",
  etat: "--status-date",
  date: "--status-date",
  sortie: "-o",
  fichier: "-o",
  out: "-o",
  forcer: "--force",
  ecraser: "--force",
  remplacer: "--force",
  aide: "--help",
};

/** Lower case without accents: `Vérifier` → `verifier`. */
function plain(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Edits (insertion, deletion, substitution, swap of two neighbours) from `a` to `b`.
 * @example typoDistance("chek", "check") // 1
 */
export function typoDistance(a: string, b: string): number {
  // d[i][j]: edits between a's first i characters and b's first j (optimal string alignment).
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The closest of `names` within two typos (and fewer typos than the word has letters), or null. */
function closest(word: string, names: readonly string[], strip: (s: string) => string): string | null {
  const typed = strip(plain(word));
  let best: { name: string; distance: number } | null = null;
  for (const name of names) {
    const distance = typoDistance(typed, strip(plain(name)));
    if (distance <= 2 && distance < typed.length && (best === null || distance < best.distance))
      best = { name, distance };
  }
  return best?.name ?? null;
}

const dashes = (s: string) => s.replace(/^-+/, "");

/**
 * The command meant by an unknown word, or null.
 * @example suggestCommand("vérifier", ["template", "check"]) // "check"
 * @example suggestCommand("chek", ["template", "check"]) // "check"
 * @example suggestCommand("projet.xlsx", ["check"]) // "check projet.xlsx"
 */
export function suggestCommand(word: string, commands: readonly string[]): string | null {
  // A workbook given without a command is most likely one to check.
  if (/\.xlsx$/i.test(word)) return `check ${word}`;
  return COMMAND_WORDS[plain(word)] ?? closest(word, commands, (s) => s);
}

/**
 * The option meant by an unknown flag, or null.
 * @example suggestOption("--langue", ["--lang", "--json"]) // "--lang"
 * @example suggestOption("--jsno", ["--lang", "--json"]) // "--json"
 */
export function suggestOption(flag: string, options: readonly string[]): string | null {
  const word = OPTION_WORDS[dashes(plain(flag))];
  if (word !== undefined) return word;
  // "-v" means "-V": letters differ only by case, which plain() folds.
  const same = options.find((o) => o !== flag && plain(o) === plain(flag));
  return same ?? closest(flag, options, dashes);
}
