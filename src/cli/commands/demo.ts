/**
 * `fiche-projet demo` (what `npm start` runs): regenerates the example workbooks from
 * src/core/examples into `examples/projets/*.xlsx` and `examples/capacite.xlsx` (relative to
 * the working directory), consolidates them into `out/portefeuille.xlsx` and prints the summary.
 * The examples are regenerated each time, so they are always those of the current code.
 */
import { mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { portfolioSheets } from "../../core/app/index.js";
import { EXAMPLE_CAPACITY, EXAMPLES } from "../../core/examples/index.js";
import { buildCapacitySheets, buildTemplateSheets } from "../../core/template/sheets.js";
import type { IsoDate, Lang } from "../../core/types.js";
import { guardOutput } from "../../node/outputErrors.js";
import { writeWorkbookFile } from "../../node/writeWorkbook.js";
import type { ParsedArgs } from "../args.js";
import { type CliIo, EXIT, useColour } from "../io.js";
import { renderPortfolioSummary, writtenLine } from "../render/portfolioSummary.js";
import { consolidateFiles } from "./consolidate.js";

export const DEMO_PATHS = {
  projects: "examples/projets",
  capacity: "examples/capacite.xlsx",
  portfolio: "out/portefeuille.xlsx",
} as const;

/** Writes the example workbooks; returns their paths. */
export async function writeExamples(root: string, lang: Lang): Promise<string[]> {
  const dir = join(root, DEMO_PATHS.projects);
  const shown = (file: string) => `${DEMO_PATHS.projects}/${file}`;
  // A failing folder is named through the first file it was to hold: "…/x.xlsx : examples n'est pas un dossier".
  await guardOutput(shown(EXAMPLES[0]?.file ?? ""), () => mkdir(dir, { recursive: true }));
  const files: string[] = [];
  for (const example of EXAMPLES) {
    const file = join(dir, example.file);
    const displayName = shown(example.file);
    await writeWorkbookFile(file, buildTemplateSheets({ lang, example }), { displayName });
    files.push(file);
  }
  const capacity = buildCapacitySheets(EXAMPLE_CAPACITY, lang);
  await writeWorkbookFile(join(root, DEMO_PATHS.capacity), capacity, { displayName: DEMO_PATHS.capacity });
  return files;
}

/** Runs `demo`; returns 0 once the examples and the portfolio are written. */
export async function runDemo(args: ParsedArgs, io: CliIo, today: IsoDate): Promise<number> {
  const root = io.cwd;
  await writeExamples(root, args.lang);
  io.stderr(writtenLine(`${DEMO_PATHS.projects}/ (${EXAMPLES.length}), ${DEMO_PATHS.capacity}`, args.lang));
  const output = resolve(root, DEMO_PATHS.portfolio);
  await guardOutput(DEMO_PATHS.portfolio, () =>
    mkdir(resolve(root, dirname(DEMO_PATHS.portfolio)), { recursive: true }),
  );
  const portfolio = await consolidateFiles(
    {
      inputs: [DEMO_PATHS.projects],
      output,
      outputShown: DEMO_PATHS.portfolio,
      capacity: resolve(root, DEMO_PATHS.capacity),
      today,
      statusDate: args.statusDate,
      lang: args.lang,
      json: false,
    },
    io,
  );
  if (portfolio === null) return EXIT.usage;
  await writeWorkbookFile(output, portfolioSheets(portfolio), { displayName: DEMO_PATHS.portfolio });
  io.stdout(renderPortfolioSummary(portfolio, useColour(io)));
  io.stderr(writtenLine(DEMO_PATHS.portfolio, args.lang));
  return EXIT.ok;
}
