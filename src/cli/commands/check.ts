/** `fiche-projet check FILE [--json] [--status-date D] [--lang fr|en] [-o REPORT.xlsx]`. */
import { resolve } from "node:path";
import { checkWorkbook, computeWorkbook, type JobOptions, renderCheckDocumentJson } from "../../core/app/index.js";
import type { Analysis, IsoDate, Lang } from "../../core/types.js";
import { readWorkbookFile } from "../../node/readWorkbook.js";
import { writeWorkbookFile } from "../../node/writeWorkbook.js";
import type { ParsedArgs } from "../args.js";
import { type CliIo, EXIT, useColour } from "../io.js";
import { checkReplaceable, refuseInputAsOutput } from "../outputs.js";
import { renderHeader, renderIssues, renderSynthesis } from "../render/checkReport.js";
import { writtenLine } from "../render/portfolioSummary.js";
import { UsageError } from "../usage.js";

/** `check -o` on a workbook without any tab of the fiche: what is not written, and what to do. */
const NOTHING_TO_COMPUTE: Readonly<Record<Lang, (output: string) => string>> = {
  fr: (output) =>
    `rien n'est écrit dans ${output}\u00A0: le classeur n'a aucun onglet de la fiche projet (Projet, Calendrier, Budget, Équipe)\u00A0; «\u00A0fiche-projet template -o fiche.xlsx\u00A0» en crée une`,
  en: (output) =>
    `nothing written to ${output}: the workbook has no tab of the project sheet (Projet, Calendrier, Budget, Équipe); "fiche-projet template -o fiche.xlsx --lang en" creates one`,
};

/** Whether any issue has error severity. */
export function hasErrors(analysis: Analysis): boolean {
  return analysis.issues.some((i) => i.severity === "error");
}

/** Runs `check`; returns the exit code. Unreadable input: UnreadableWorkbookError propagates (exit 2). */
export async function runCheck(args: ParsedArgs, io: CliIo, today: IsoDate): Promise<number> {
  if (args.positionals.length !== 1)
    throw new UsageError("check attend exactement un fichier", "check expects exactly one file");
  const file = args.positionals[0] as string;
  const path = resolve(io.cwd, file);
  const output = args.output === null ? null : resolve(io.cwd, args.output);
  if (output) {
    refuseInputAsOutput(output, [path], args.output ?? output);
    await checkReplaceable(output, args.force, args.output ?? output);
  }
  const grid = await readWorkbookFile(path, { lang: args.lang, displayName: file });
  const job: JobOptions = { lang: args.lang, today, statusDate: args.statusDate };
  const computed = output ? computeWorkbook(grid, job) : null;
  const { analysis, document } = computed ?? checkWorkbook(grid, job);
  const blocked = computed?.blocked ?? null;
  if (output && computed && !blocked)
    await writeWorkbookFile(output, computed.sheets, { displayName: args.output ?? output });
  if (args.json) {
    io.stdout(`${renderCheckDocumentJson(document)}\n`);
  } else {
    const colour = useColour(io);
    io.stdout(
      `${renderHeader(file, analysis, colour)}\n${renderIssues(analysis.issues, args.lang, colour)}\n${renderSynthesis(analysis, colour)}`,
    );
  }
  if (output && blocked) io.stderr(`${NOTHING_TO_COMPUTE[args.lang](args.output ?? output)}\n`);
  else if (output) io.stderr(writtenLine(args.output ?? output, args.lang));
  return hasErrors(analysis) ? EXIT.dataErrors : EXIT.ok;
}
