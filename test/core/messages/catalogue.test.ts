import { describe, expect, it } from "vitest";
import { renderChecksDoc } from "../../../src/core/messages/doc.js";
import {
  columnLabel,
  formatIssue,
  formatIssues,
  frenchSpacing,
  ISSUE_CODES,
  SEVERITY,
  tabLabel,
} from "../../../src/core/messages/index.js";
import { EXAMPLES } from "../../../src/core/messages/reference.js";
import type { IssueCode, IssueDraft, IssueDraftOf, IssueParamsByCode, Lang } from "../../../src/core/types.js";

const draft = <C extends IssueCode>(
  code: C,
  params: IssueParamsByCode[C],
  sheet: string | null = "Budget",
  cell: string | null = "L5",
): IssueDraftOf<C> => ({
  code,
  sheet,
  cell,
  params,
});
const show = (s: string) => s.replace(/\u202F/g, " ").replace(/\u00A0/g, " ");
const LANGS: readonly Lang[] = ["fr", "en"];
/** Any params, as this test varies them one by one whatever their code's type says. */
type LooseParams = Readonly<Record<string, string | number | null>>;
const example = (code: IssueCode, params: LooseParams = EXAMPLES[code].params) =>
  draft(code, params as IssueParamsByCode[IssueCode], EXAMPLES[code].sheet, EXAMPLES[code].cell) as IssueDraft;
const messages = (d: IssueDraft) => LANGS.map((lang) => formatIssue(d, lang).message);

/** Another value of the same kind (a date stays a date, a month a month), different from `v`. */
function other(v: string | number | null): string | number {
  if (typeof v === "number") return v + 4321;
  if (v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v)) return "2031-07-19";
  if (v !== null && /^\d{4}-\d{2}$/.test(v)) return "2031-07";
  return `Zq${v ?? ""}`;
}

/**
 * Params that change neither message, and why: these are the only ones allowed. A param added to
 * a code and never written into its message fails the test below.
 */
const INERT: Partial<Record<IssueCode, readonly string[]>> = {
  // `tab` only picks the English label of a column whose French label several tabs share (Étape).
  VALUE_REQUIRED: ["tab"],
  VALUE_INVALID: ["tab"],
  // The message names the error and the cell address says where: column and tab are not written.
  CELL_FORMULA_ERROR: ["column", "tab"],
};

/** SPEC §2's table (and FILE_UNREADABLE: an input that cannot be read is an error). */
const SPEC_SEVERITY: readonly [IssueCode, "error" | "warning"][] = [
  ["TAB_MISSING", "error"],
  ["COLUMN_MISSING", "error"],
  ["VALUE_REQUIRED", "error"],
  ["VALUE_INVALID", "error"],
  ["CELL_FORMULA_ERROR", "error"],
  ["ID_DUPLICATE", "error"],
  ["STEP_UNKNOWN", "error"],
  ["SCHEDULE_CYCLE", "error"],
  ["DATE_ORDER", "error"],
  ["BUDGET_OVERCOMMITTED", "warning"],
  ["BUDGET_PAID_EXCEEDS_COMMITTED", "warning"],
  ["BUDGET_FORECAST_OVERRUN", "warning"],
  ["STEP_LATE", "warning"],
  ["STEP_FORECAST_IN_PAST", "warning"],
  ["STAFF_OVERLOAD", "warning"],
  ["DIGITAL_SERVICE_ABSENT", "warning"],
  ["VALIDATION_OVERDUE", "warning"],
  ["EVALUATION_MISSING", "warning"],
  ["AP_EXCEEDED", "warning"],
  ["COFINANCING_ABOVE_80", "warning"],
  ["PORTFOLIO_DUPLICATE_CODE", "error"],
  ["FILE_UNREADABLE", "error"],
];

/**
 * Whether a French message breaks its typography: `:` `;` `?` `!` » need a no-break space before
 * them, « one after it (formula error names such as `#NAME?` are words, not punctuation).
 */
const frenchSpacingBroken = (message: string) =>
  /[^\u00A0\u202F][:;?!»]|«[^\u00A0\u202F]/.test(message.replace(/#[A-Z0-9/_.]+[!?]?/g, "#ERR"));

describe("catalogue", () => {
  it.each(SPEC_SEVERITY)("%s has SPEC §2's severity, %s", (code, severity) => {
    expect(formatIssue(example(code), "fr").severity).toBe(severity);
    expect(formatIssue(example(code), "en").severity).toBe(severity);
  });

  it.each(ISSUE_CODES)("%s renders in French and English without holes", (code) => {
    const [fr, en] = messages(example(code));
    expect(fr).not.toBe(en);
    for (const message of [fr, en]) {
      expect(message).not.toMatch(/\{\w+\}|undefined|NaN|null|\[object|\?\)|« »|""/);
    }
  });

  it.each(ISSUE_CODES.flatMap((code) => LANGS.map((lang) => [code, lang] as const)))(
    "%s in %s writes each of its params into its message",
    (code, lang) => {
      const params: LooseParams = EXAMPLES[code].params;
      const base = formatIssue(example(code), lang).message;
      const inert = Object.keys(params).filter((key) => {
        const changed = example(code, { ...params, [key]: other(params[key] ?? null) });
        return formatIssue(changed, lang).message === base;
      });
      expect(inert).toEqual(INERT[code] ?? []);
    },
  );

  it.each(ISSUE_CODES)("%s in French: a no-break space before : ; ? ! » and after «", (code) => {
    expect(frenchSpacingBroken(formatIssue(example(code), "fr").message)).toBe(false);
  });

  it.each<[string, IssueDraft]>([
    [
      "a list expected (« ; »)",
      draft("VALUE_INVALID", { column: "Services", tab: "Équipe", expected: "list", found: "a" }),
    ],
    [
      "found text with ? and !",
      draft("VALUE_INVALID", { column: "Statut", tab: "Projet", expected: "status", found: "fini ? oui !" }),
    ],
    [
      "an enum expected (« : » inside)",
      draft("VALUE_INVALID", { column: "Décision", tab: "Validation", expected: "decision", found: "ok" }),
    ],
  ])("French typography holds with %s", (_name, d) => {
    expect(frenchSpacingBroken(formatIssue(d, "fr").message)).toBe(false);
  });

  it.each(ISSUE_CODES)("docs/checks.md shows %s as the catalogue writes it", (code) => {
    const doc = renderChecksDoc();
    const ref = EXAMPLES[code];
    const section = doc.slice(doc.indexOf(`### \`${code}\``)).split("\n### ")[0] ?? "";
    expect(doc).toContain(`| [\`${code}\`](#${code.toLowerCase()}) | ${SEVERITY[code]} |`);
    expect(section).toContain(`- **Severity:** ${SEVERITY[code]}`);
    const [fr, en] = messages(example(code)).map((m) => show(m).replace(/\|/g, "\\|"));
    expect(section).toContain(`  - fr: ${fr}\n`);
    expect(section).toContain(`  - en: ${en}\n`);
    const keys = Object.keys(ref.params);
    expect(section).toContain(`- **Params:** ${keys.length ? keys.map((k) => `\`${k}\``).join(", ") : "none"}`);
  });

  it.each<[string, IssueDraft, string, string]>([
    [
      "VALUE_INVALID amount",
      draft("VALUE_INVALID", { column: "Prévu initial", tab: "Budget", expected: "amount", found: "douze" }),
      "« Prévu initial » : attendu un montant (ex. 1 234,56), trouvé « douze »",
      '"Initial budget": expected an amount (e.g. 1234.56), found "douze"',
    ],
    [
      "VALUE_INVALID 12 k€",
      draft("VALUE_INVALID", { column: "Engagé", tab: "Budget", expected: "amountNoMultiplier", found: "12 k€" }),
      "« Engagé » : attendu un montant en euros écrit en entier, sans « k » ni « M » (ex. 12 000), trouvé « 12 k€ »",
      '"Committed": expected an amount in euros written in full, without "k" or "M" (e.g. 12000), found "12 k€"',
    ],
    [
      "VALUE_INVALID enum",
      draft("VALUE_INVALID", { column: "Décision", tab: "Validation", expected: "decision", found: "ok" }),
      "« Décision » : attendu l'une des valeurs : favorable, défavorable, ajourné, en attente, trouvé « ok »",
      '"Decision": expected one of: approved, rejected, postponed, pending, found "ok"',
    ],
    [
      "VALUE_REQUIRED uses the tab to translate Étape",
      draft("VALUE_REQUIRED", { column: "Étape", tab: "Calendrier" }),
      "« Étape » est obligatoire : la cellule est vide",
      '"Step" is required: the cell is empty',
    ],
    [
      "BUDGET_OVERCOMMITTED",
      draft("BUDGET_OVERCOMMITTED", { line: "Travaux", committed: 12000, open: 10000 }),
      "Engagé (12 000,00 €) supérieur aux crédits ouverts (10 000,00 €) sur « Travaux »",
      'Committed (€12,000.00) exceeds open credits (€10,000.00) on "Travaux"',
    ],
    [
      "STAFF_OVERLOAD",
      draft("STAFF_OVERLOAD", { service: "Usages numériques", month: "2026-03", planned: 25.5, capacity: 20 }),
      "« Usages numériques » surchargé en mars 2026 : 25,5 j prévus pour 20 j disponibles",
      '"Usages numériques" overloaded in March 2026: 25.5 days planned for 20 days available',
    ],
    [
      "COFINANCING_ABOVE_80: two decimals of a percent, so that 80,01 % reads above 80 %",
      draft("COFINANCING_ABOVE_80", { rate: 0.80012 }),
      "Aides publiques à 80,01 % des financements publics : la collectivité doit en apporter au moins 20 % (CGCT L1111-10), sauf dérogation",
      "Public aid covers 80.01% of public financing: the authority must bring at least 20% (CGCT L1111-10) unless waived",
    ],
    [
      "FUNDING_OVERFUNDED",
      draft("FUNDING_OVERFUNDED", { expected: 1_080_000, expenses: 1_000_000 }),
      "Financements attendus (1 080 000,00 €) supérieurs aux dépenses d'investissement prévues (1 000 000,00 €) : autofinancement négatif",
      "Funding expected (€1,080,000.00) exceeds the capital expenses' forecast (€1,000,000.00): the owner's share is negative",
    ],
    [
      "FUNDING_AWARD_ABOVE_BASE",
      draft("FUNDING_AWARD_ABOVE_BASE", {
        funder: "État",
        scheme: "DETR",
        awarded: 420_000,
        rate: 0.275,
        base: 1_600_000,
        ceiling: 440_000,
      }),
      "Montant notifié (420 000,00 €) supérieur au taux × assiette (27,5 % × 1 600 000,00 € = 440 000,00 €) pour « État — DETR »",
      'Awarded (€420,000.00) exceeds rate × base (27.5% × €1,600,000.00 = €440,000.00) for "État — DETR"',
    ],
    [
      "FUNDING_RECEIVED_EXCEEDS_AWARDED without a scheme",
      draft("FUNDING_RECEIVED_EXCEEDS_AWARDED", { funder: "Région", scheme: "", received: 320_000, awarded: 300_000 }),
      "Encaissé (320 000,00 €) supérieur au montant notifié (300 000,00 €) pour « Région »",
      'Received (€320,000.00) exceeds the awarded amount (€300,000.00) for "Région"',
    ],
    [
      "FUNDING_START_DEADLINE",
      draft("FUNDING_START_DEADLINE", {
        funder: "État",
        scheme: "DSIL",
        startBy: "2026-09-15",
        statusDate: "2026-11-15",
      }),
      "« État — DSIL » : l'opération devait commencer au plus tard le 15/09/2026 et aucune étape n'a de début réel à cette date (état au 15/11/2026) : risque de caducité",
      '"État — DSIL": the work had to start by 2026-09-15 and no step had actually started by then (status date 2026-11-15): the aid may lapse',
    ],
    [
      "FUNDING_COMPLETION_DEADLINE",
      draft("FUNDING_COMPLETION_DEADLINE", {
        funder: "Département",
        scheme: "Amendes de police",
        completeBy: "2027-03-31",
        forecastFinish: "2027-05-31",
      }),
      "« Département — Amendes de police » : achèvement exigé au plus tard le 31/03/2027, fin prévisionnelle du projet le 31/05/2027 : demandez une prorogation ou replanifiez",
      '"Département — Amendes de police": completion required by 2027-03-31, project forecast to finish on 2027-05-31: ask for an extension or replan',
    ],
    [
      "FUNDING_BUDGET_MISMATCH",
      draft("FUNDING_BUDGET_MISMATCH", { funding: 535_000, budget: 470_000 }),
      "Plan de financement (535 000,00 € attendus) différent des recettes d'investissement du Budget (470 000,00 € en prévision finale)",
      "Financing plan (€535,000.00 expected) differs from the Budget's capital revenues (€470,000.00 forecast)",
    ],
    [
      "TAB_MISSING translates the tab",
      draft("TAB_MISSING", { tab: "Calendrier" }, "Calendrier", null),
      "Onglet « Calendrier » absent : il est obligatoire",
      'Required tab "Schedule" is missing',
    ],
    [
      "DATE_ORDER",
      draft("DATE_ORDER", { start: "2026-02-01", finish: "2026-01-31" }),
      "Fin (31/01/2026) antérieure au début (01/02/2026)",
      "Finish (2026-01-31) is before start (2026-02-01)",
    ],
  ])("%s", (_name, d, fr, en) => {
    expect(show(formatIssue(d, "fr").message)).toBe(fr);
    expect(show(formatIssue(d, "en").message)).toBe(en);
  });

  it("keeps place, code and order; adds the severity", () => {
    const drafts = [
      draft("BUDGET_OVERCOMMITTED", { line: "A", committed: 2, open: 1 }),
      draft("TAB_MISSING", { tab: "Budget" }, "Budget", null),
    ];
    expect(formatIssues(drafts, "fr").map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([
      ["warning", "BUDGET_OVERCOMMITTED", "Budget", "L5"],
      ["error", "TAB_MISSING", "Budget", null],
    ]);
  });

  it.each<[string, string, string | undefined, string]>([
    ["a Calendrier column", "Fin prévue", "Calendrier", "Baseline finish"],
    ["Étape in Budget", "Étape", "Budget", "Step"],
    ["Étape in Validation", "Étape", "Validation", "Stage"],
    ["Sens in Évaluation", "Sens", "Évaluation", "Direction"],
    ["an unknown label stays", "Remarque", "Budget", "Remarque"],
  ])("columnLabel: %s", (_name, column, tab, en) => {
    expect(columnLabel(column, "en", tab)).toBe(en);
    expect(columnLabel(column, "fr", tab)).toBe(column);
  });

  it("tabLabel translates canonical names only", () => {
    expect(tabLabel("Équipe", "en")).toBe("Team");
    expect(tabLabel("Feuil1", "en")).toBe("Feuil1");
  });
});

describe("frenchSpacing", () => {
  const show = (s: string) => s.replace(/\u00A0/g, "~");
  it.each<[string, string, string]>([
    ["before : ; ? !", "a : b ; c ? d !", "a~: b~; c~? d~!"],
    ["inside « »", "sur « Ligne 5 »", "sur «~Ligne 5~»"],
    ["an empty « »", "« »", "«~»"],
    ["« followed by :", "« : »", "«~:~»"],
    ["two spaces before :", "a  :", "a ~:"],
    ["two spaces after «", "«  a", "«~ a"],
    ["a no-break space already there", "a\u00A0: «\u00A0b", "a~: «~b"],
    ["no space before the mark", "a: «b»", "a: «b»"],
    ["a space after », or before «, kept", "» a « b", "» a «~b"],
    ["nothing to do", "Projet réalisé", "Projet réalisé"],
  ])("%s", (_name, text, expected) => {
    expect(show(frenchSpacing(text))).toBe(expected);
  });
});
