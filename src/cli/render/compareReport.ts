/**
 * The readable output of `compare`: who is compared with whom, then the changes grouped by
 * theme — money moves largest first, steps in Calendrier order, projects by what changed most.
 */
import { compareWords, healthValueWord } from "../../core/compare/labels.js";
import type {
  Change,
  Comparison,
  FicheComparison,
  PortfolioComparison,
  ProjectEvolution,
  Side,
  Theme,
} from "../../core/compare/types.js";
import { THEMES } from "../../core/compare/types.js";
import { formatDate, formatMoney } from "../../core/format.js";
import { severityWord } from "../../core/report/labels.js";
import type { Issue, Lang, Severity } from "../../core/types.js";
import { indent, moneySize, renderChangeTable } from "./changeTable.js";
import { type Colour, paint, printable, renderTable } from "./table.js";

const WORDS = {
  fr: {
    ficheTitle: (name: string) => `Comparaison de deux versions de la fiche ${name}`,
    portfolioTitle: "Comparaison de deux portefeuilles",
    before: "Avant",
    after: "Après",
    asOf: "état au",
    noDate: "sans date d'état",
    projects: (n: number) => `${n} projet${n > 1 ? "s" : ""}`,
    count: (n: number) => `${n} changement${n > 1 ? "s" : ""}`,
    none: "Aucun changement.",
    codeDiffers: "Attention : les deux fiches n'ont pas le même code projet.",
    subjects: { lines: "Poste", funders: "Financeur", steps: "Étape", projects: "Projet" },
    added: {
      lines: "Lignes ajoutées",
      funders: "Financeurs ajoutés",
      steps: "Étapes ajoutées",
      projects: "Projets nouveaux",
    },
    removed: {
      lines: "Lignes supprimées",
      funders: "Financeurs retirés",
      steps: "Étapes supprimées",
      projects: "Projets retirés",
    },
    appeared: "Apparus",
    resolved: "Résolus",
    severity: "Gravité",
    place: "Cellule",
    code: "Code",
    message: "Message",
    unchanged: (n: number) => `${n} projet${n > 1 ? "s" : ""} sans changement`,
    pointOf: (health: string, expenses: string) => `${health}, dépenses ${expenses}`,
    projectsHeading: "Projets (ce qui a le plus changé d'abord)",
  },
  en: {
    ficheTitle: (name: string) => `Two versions of the project sheet ${name} compared`,
    portfolioTitle: "Two portfolios compared",
    before: "Before",
    after: "After",
    asOf: "as of",
    noDate: "no status date",
    projects: (n: number) => `${n} project${n === 1 ? "" : "s"}`,
    count: (n: number) => `${n} change${n === 1 ? "" : "s"}`,
    none: "No change.",
    codeDiffers: "Warning: the two sheets do not have the same project code.",
    subjects: { lines: "Line", funders: "Funder", steps: "Step", projects: "Project" },
    added: { lines: "Lines added", funders: "Funders added", steps: "Steps added", projects: "New projects" },
    removed: {
      lines: "Lines removed",
      funders: "Funders removed",
      steps: "Steps removed",
      projects: "Projects removed",
    },
    appeared: "Appeared",
    resolved: "Resolved",
    severity: "Severity",
    place: "Cell",
    code: "Code",
    message: "Message",
    unchanged: (n: number) => `${n} project${n === 1 ? "" : "s"} unchanged`,
    pointOf: (health: string, expenses: string) => `${health}, expenses ${expenses}`,
    projectsHeading: "Projects (largest changes first)",
  },
} as const;

type Words = (typeof WORDS)[Lang];
type EntityTheme = keyof Words["subjects"];

const SEVERITY_COLOUR: Readonly<Record<Severity, Colour>> = { error: "red", warning: "yellow", info: "cyan" };
const colon = (lang: Lang) => (lang === "fr" ? "\u00A0: " : ": ");

/** "Avant : octobre.xlsx, état au 15/10/2026". */
function sideLine(label: string, side: Side, lang: Lang, extra = ""): string {
  const w = WORDS[lang];
  const date = side.statusDate ? `${w.asOf} ${formatDate(side.statusDate, lang)}` : w.noDate;
  return `${label}${colon(lang)}${printable(side.file)}, ${date}${extra}\n`;
}

/**
 * Changes sorted for reading: within a theme, the blocks of one subject (a line, a funder)
 * ordered by their largest money move, stable otherwise; steps and projects keep their order.
 */
function readingOrder(theme: Theme, changes: readonly Change[]): Change[] {
  if (theme !== "lines" && theme !== "funders" && theme !== "budget" && theme !== "funding") return [...changes];
  if (theme === "budget" || theme === "funding") return [...changes].sort((a, b) => moneySize(b) - moneySize(a));
  const size = new Map<string | null, number>();
  for (const c of changes) size.set(c.subject, Math.max(size.get(c.subject) ?? 0, moneySize(c)));
  const first = new Map<string | null, number>();
  changes.forEach((c, i) => {
    if (!first.has(c.subject)) first.set(c.subject, i);
  });
  return [...changes].sort(
    (a, b) =>
      (size.get(b.subject) ?? 0) - (size.get(a.subject) ?? 0) ||
      (first.get(a.subject) ?? 0) - (first.get(b.subject) ?? 0),
  );
}

/** Issues that appeared or were resolved: two small tables. */
function renderIssues(changes: readonly Change[], lang: Lang, colour: boolean): string {
  const w = WORDS[lang];
  const appeared = changes.map((c) => c.new).filter((v): v is Issue => typeof v === "object" && v !== null);
  const resolved = changes.map((c) => c.old).filter((v): v is Issue => typeof v === "object" && v !== null);
  let out = "";
  for (const [title, list, tone] of [
    [w.appeared, appeared, null],
    [w.resolved, resolved, "green"],
  ] as const) {
    if (list.length === 0) continue;
    out += `${title} (${list.length})\n`;
    const rows = list.map((i) => [
      severityWord(i.severity, lang),
      i.sheet === null ? "" : i.cell === null ? i.sheet : `${i.sheet}!${i.cell}`,
      i.code,
      i.message,
    ]);
    const table = renderTable(
      [{ header: w.severity }, { header: w.place }, { header: w.code }, { header: w.message, max: 200 }],
      rows,
      (r, c, text) => (c === 0 ? paint(text, tone ?? SEVERITY_COLOUR[list[r]?.severity ?? "info"], colour) : text),
    );
    out += indent(table);
  }
  return out;
}

/** One theme: its heading, the table of what moved, the entities added and removed. */
function renderTheme(theme: Theme, changes: readonly Change[], lang: Lang, colour: boolean): string {
  const w = WORDS[lang];
  const heading = `\n${paint(compareWords(lang).themes[theme], "bold", colour)}\n`;
  if (theme === "issues") return heading + indent(renderIssues(changes, lang, colour));
  const entityTheme = theme in w.subjects ? (theme as EntityTheme) : null;
  const moved = readingOrder(
    theme,
    changes.filter((c) => c.kind !== "entity"),
  );
  let out = heading;
  if (moved.length > 0)
    out += indent(renderChangeTable(moved, lang, colour, entityTheme ? w.subjects[entityTheme] : null));
  if (entityTheme) {
    const entities = changes.filter((c) => c.kind === "entity");
    const added = entities.filter((c) => c.old === null).map((c) => printable(c.subject ?? ""));
    const removed = entities.filter((c) => c.new === null).map((c) => printable(c.subject ?? ""));
    if (added.length > 0) out += `  ${w.added[entityTheme]}${colon(lang)}${added.join(" ; ")}\n`;
    if (removed.length > 0) out += `  ${w.removed[entityTheme]}${colon(lang)}${removed.join(" ; ")}\n`;
  }
  return out;
}

/** Every theme that has a change, in report order. */
function renderThemes(changes: readonly Change[], lang: Lang, colour: boolean, skip: readonly Theme[] = []): string {
  return THEMES.filter((t) => !skip.includes(t))
    .map((theme) => {
      const list = changes.filter((c) => c.theme === theme);
      return list.length === 0 ? "" : renderTheme(theme, list, lang, colour);
    })
    .join("");
}

function renderFiche(c: FicheComparison, lang: Lang, colour: boolean): string {
  const w = WORDS[lang];
  const name = [c.project.code, c.project.title].filter((x) => x).join(" — ") || "—";
  let out = `${paint(printable(w.ficheTitle(name)), "bold", colour)}\n`;
  out += sideLine(w.before, c.old, lang) + sideLine(w.after, c.new, lang);
  if (c.changes.some((ch) => ch.what === "project.code")) out += `${paint(w.codeDiffers, "yellow", colour)}\n`;
  out += `\n${c.changes.length === 0 ? w.none : w.count(c.changes.length)}\n`;
  return out + renderThemes(c.changes, lang, colour);
}

/** "FS-2027-01 Tiers-lieu … (vert, dépenses 540 000,00 €)". */
function projectLine(e: ProjectEvolution, lang: Lang): string {
  const p = e.new ?? e.old;
  const name = printable([e.code, e.title].filter((x) => x).join(" "));
  if (!p) return name;
  const health = p.health.overall ? healthValueWord(p.health.overall, lang) : "—";
  const expenses = p.expensesForecast === null ? "—" : formatMoney(p.expensesForecast, lang);
  return `${name} (${WORDS[lang].pointOf(health, expenses)})`;
}

function renderPortfolio(c: PortfolioComparison, lang: Lang, colour: boolean): string {
  const w = WORDS[lang];
  let out = `${paint(w.portfolioTitle, "bold", colour)}\n`;
  out += sideLine(w.before, c.old, lang, ` (${w.projects(c.totals.old.projects)})`);
  out += sideLine(w.after, c.new, lang, ` (${w.projects(c.totals.new.projects)})`);
  out += `\n${c.changes.length === 0 ? w.none : w.count(c.changes.length)}\n`;
  const moved = c.changes.filter((ch) => ch.theme === "projects" && ch.kind !== "entity");
  const added = c.projects.filter((e) => e.move === "added");
  const removed = c.projects.filter((e) => e.move === "removed");
  const unchanged = c.projects.filter((e) => e.move === "kept" && !e.changed).length;
  if (moved.length + added.length + removed.length > 0) {
    out += `\n${paint(w.projectsHeading, "bold", colour)}\n`;
    if (moved.length > 0) out += indent(renderChangeTable(moved, lang, colour, w.subjects.projects));
    for (const [label, list] of [
      [w.added.projects, added],
      [w.removed.projects, removed],
    ] as const) {
      if (list.length > 0) out += `  ${label}${colon(lang)}${list.map((e) => projectLine(e, lang)).join(" ; ")}\n`;
    }
    if (unchanged > 0) out += `  ${w.unchanged(unchanged)}\n`;
  }
  return out + renderThemes(c.changes, lang, colour, ["projects"]);
}

/**
 * The comparison as the terminal shows it.
 * @example renderComparison(comparison, "fr", false).split("\n")[0] // "Comparaison de deux versions de la fiche MED-2025-01 — …"
 */
export function renderComparison(c: Comparison, lang: Lang, colour: boolean): string {
  return c.kind === "fiche" ? renderFiche(c, lang, colour) : renderPortfolio(c, lang, colour);
}
