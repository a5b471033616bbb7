/**
 * `fiche-projet compare OLD.xlsx NEW.xlsx [--json] [--status-date D] [--lang fr|en]`: what
 * changed between two versions of a fiche or of a portfolio. The comparison is the core's
 * (`compareWorkbooks`); this only reads the two files and prints. Exit 0 — a change is not an
 * error — or 2 when a file cannot be read or the two cannot be compared.
 */
import { resolve } from "node:path";
import {
  compareProblemText,
  compareWorkbooks,
  renderCompareDocumentJson,
  toCompareDocument,
} from "../../core/app/index.js";
import type { IsoDate } from "../../core/types.js";
import { readWorkbookFile } from "../../node/readWorkbook.js";
import type { ParsedArgs } from "../args.js";
import { type CliIo, EXIT, useColour } from "../io.js";
import { renderComparison } from "../render/compareReport.js";
import { UsageError } from "../usage.js";

/** Runs `compare`; returns the exit code. An unreadable file: UnreadableWorkbookError propagates (exit 2). */
export async function runCompare(args: ParsedArgs, io: CliIo, today: IsoDate): Promise<number> {
  if (args.positionals.length !== 2)
    throw new UsageError(
      "compare attend deux fichiers : l'ancien puis le nouveau (ANCIEN.xlsx NOUVEAU.xlsx)",
      "compare expects two files: the old one, then the new one (OLD.xlsx NEW.xlsx)",
    );
  const [oldFile, newFile] = args.positionals as [string, string];
  const read = async (file: string) => ({
    file,
    grid: await readWorkbookFile(resolve(io.cwd, file), { lang: args.lang, displayName: file }),
  });
  const old = await read(oldFile);
  const now = await read(newFile);
  const outcome = compareWorkbooks(old, now, { lang: args.lang, today, statusDate: args.statusDate });
  if (!outcome.ok)
    throw new UsageError(compareProblemText(outcome.problem, "fr"), compareProblemText(outcome.problem, "en"));
  if (args.json) io.stdout(`${renderCompareDocumentJson(toCompareDocument(outcome.comparison))}\n`);
  else io.stdout(renderComparison(outcome.comparison, args.lang, useColour(io)));
  return EXIT.ok;
}
