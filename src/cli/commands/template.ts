/** `fiche-projet template [-o FILE] [--lang fr|en] [--example] [--force]`. */
import { resolve } from "node:path";
import { MEDIATHEQUE } from "../../core/examples/index.js";
import { buildTemplateSheets } from "../../core/template/sheets.js";
import { writeWorkbookFile } from "../../node/writeWorkbook.js";
import type { ParsedArgs } from "../args.js";
import { type CliIo, EXIT } from "../io.js";
import { checkAbsent } from "../outputs.js";
import { writtenLine } from "../render/portfolioSummary.js";
import { UsageError } from "../usage.js";

/** The default output of `template`. */
export const DEFAULT_TEMPLATE_FILE = "fiche-projet.xlsx";

/** Writes a blank template, or the médiathèque example with `--example`. Never replaces a file without `--force`. */
export async function runTemplate(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positionals.length > 0)
    throw new UsageError(`argument inattendu : ${args.positionals[0]}`, `unexpected argument: ${args.positionals[0]}`);
  const shown = args.output ?? DEFAULT_TEMPLATE_FILE;
  const output = resolve(io.cwd, shown);
  checkAbsent(output, args.force, shown);
  const sheets = buildTemplateSheets(args.example ? { lang: args.lang, example: MEDIATHEQUE } : { lang: args.lang });
  await writeWorkbookFile(output, sheets, { displayName: shown });
  io.stderr(writtenLine(shown, args.lang));
  return EXIT.ok;
}
