/** docs/checks.md, written from the catalogue and {@link EXAMPLES} (a test keeps the file in step). */
import { formatIssue, ISSUE_CODES, SEVERITY } from "./index.js";
import { EXAMPLES, exampleDraft } from "./reference.js";

const INTRO = `# Checks

Every problem found in a workbook is an issue \`{ severity, code, sheet, cell, message }\`.
Codes are stable; messages are French by default, English on request (\`--lang en\`).
\`sheet\` is the tab's actual name in the workbook (the canonical French name for a missing tab);
\`cell\` is an A1 address, or null when the issue concerns a whole tab.

This file is generated from \`src/core/messages\` by
\`UPDATE_DOCS=1 npx vitest run test/core/messages/checks-doc.test.ts\`; do not edit it by hand.

## Reading rules (decisions)

- Tabs, headers and list values match ignoring case, accents, repeated spaces, a trailing \`:\` or \`*\`;
  French labels, English labels and aliases are all accepted. A header may carry a unit in brackets
  (\`Prévu initial (€)\`).
- The header row is the first of the first 10 rows with at least two known headers; rows above are a title.
- A required column that is absent gives one COLUMN_MISSING per column and the tab's rows are not read
  (rather than one VALUE_REQUIRED per row).
- A Projet label absent from column A is COLUMN_MISSING with no cell (there is no cell to point at);
  a label present with an empty value is VALUE_REQUIRED at its B cell.
- A table row whose required value is empty, invalid or a formula error is reported and left out;
  an optional value that is invalid is reported and treated as empty (its default applies).
- Amounts: numbers, or text with spaces (normal, U+00A0, U+202F) or dots as thousands, a comma or a
  point as decimal mark, \`€\`/\`EUR\` ignored; \`12 k€\`, \`1,5 M€\` are refused with their own message.
  Amounts must be ≥ 0, as must Charge prévue, Charge réalisée and Jours disponibles.
- Dates: date cells, Excel serials (1900 system), text \`31/12/2026\`, \`31-12-2026\`, \`31.12.2026\`,
  \`31/12/26\`, \`2026-12-31\`; impossible dates (\`31/02/2026\`) and years outside 1900–2200 are invalid.
- Percentages: a number ≤ 1 is a fraction, > 1 a percent; text \`45 %\`, \`62,5%\`, \`0,45\`. Avancement and
  Taux FCTVA must be within 0–100 %.
- Months: dates and serials (their month), \`2026-03\`, \`03/2026\`, \`mars 2026\`, \`March 2026\`, \`févr. 2026\`,
  \`mars-26\`, or a full date text.
- Step IDs are compared exactly (after trimming): \`E1\` and \`e1\` are different steps.
- Money comparisons are made in whole cents, so float noise never raises a warning.
- Financement (template v2, SPEC §5): an empty Statut is \`notifié\` when Montant notifié > 0, else \`sollicité\`
  when Date de dépôt is given, else \`envisagé\`; an empty Montant encaissé is 0. Without a Financement tab, or with
  one that has no row, the Budget's Investissement revenue lines stand for the plan (all public): only
  COFINANCING_ABOVE_80 then applies, so a v1 workbook keeps its v1 issues but that one's base.

## Codes
`;

const cellText = (sheet: string | null, cell: string | null) => (sheet ? `${sheet}${cell ? `!${cell}` : ""}` : "—");
const escapeCell = (s: string) => s.replace(/\|/g, "\\|").replace(/[\u202F\u00A0]/g, " ");

/** The whole Markdown page. */
export function renderChecksDoc(): string {
  const summary = ["| code | severity | when |", "|---|---|---|"];
  const details: string[] = [];
  for (const code of ISSUE_CODES) {
    const ref = EXAMPLES[code];
    summary.push(`| [\`${code}\`](#${code.toLowerCase()}) | ${SEVERITY[code]} | ${escapeCell(ref.when)} |`);
    const draft = exampleDraft(code);
    details.push(
      `### \`${code}\``,
      "",
      `- **Severity:** ${SEVERITY[code]}`,
      `- **When:** ${ref.when}`,
      `- **Points at:** ${ref.where}`,
      `- **Params:** ${
        Object.keys(ref.params)
          .map((k) => `\`${k}\``)
          .join(", ") || "none"
      }`,
      `- **Example** (${cellText(ref.sheet, ref.cell)}):`,
      `  - fr: ${escapeCell(formatIssue(draft, "fr").message)}`,
      `  - en: ${escapeCell(formatIssue(draft, "en").message)}`,
      "",
    );
  }
  return `${INTRO}\n${summary.join("\n")}\n\n${details.join("\n")}`;
}
