/**
 * `fiche-projet consolidate FILE|DIR... -o PORTFOLIO.xlsx [--capacity FILE] [--json] [--status-date D]`.
 * Each workbook is read, analysed and reduced to a small summary before the next one is read,
 * so memory stays flat however many projects there are.
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { analyzeWorkbook } from "../../core/analyze.js";
import { parseWorkbook } from "../../core/parse/index.js";
import { consolidatePortfolio } from "../../core/portfolio/consolidate.js";
import { renderPortfolioDocumentJson, toPortfolioDocument } from "../../core/portfolio/document.js";
import { buildPortfolioSheets } from "../../core/portfolio/sheets.js";
import { summarizeProject } from "../../core/portfolio/summarize.js";
import type { Portfolio, ProjectSummaryForPortfolio } from "../../core/portfolio/types.js";
import type { CapacityRow, IsoDate, Lang, PortfolioFailure } from "../../core/types.js";
import { UnreadableWorkbookError } from "../../node/errors.js";
import { readWorkbookFile } from "../../node/readWorkbook.js";
import { writeWorkbookFile } from "../../node/writeWorkbook.js";
import type { ParsedArgs } from "../args.js";
import { type Candidate, collectWorkbooks } from "../collect.js";
import { type CliIo, EXIT, useColour } from "../io.js";
import { checkReplaceable, identityOf, refuseInputAsOutput } from "../outputs.js";
import { createProgress } from "../progress.js";
import { renderPortfolioSummary, writtenLine } from "../render/portfolioSummary.js";
import { UsageError } from "../usage.js";

export interface ConsolidateRequest {
  readonly inputs: readonly string[];
  /** Absolute path of the portfolio workbook, or null (JSON only). */
  readonly output: string | null;
  readonly outputShown: string | null;
  readonly capacity: string | null;
  readonly statusDate: IsoDate;
  readonly statusDateOverride: boolean;
  readonly lang: Lang;
  readonly json: boolean;
}

/** The Capacité rows of the capacity workbook (its other tabs are ignored). */
async function readCapacity(path: string, shown: string, lang: Lang): Promise<CapacityRow[]> {
  const grid = await readWorkbookFile(path, { lang, displayName: shown });
  return [...parseWorkbook(grid).fiche.capacity];
}

/**
 * Why a workbook is not consolidated. An unexpected exception on one workbook (a bug, or a file
 * nobody foresaw) is listed like an unreadable file, so the other projects are still consolidated.
 */
function failureMessage(e: unknown, lang: Lang): string {
  if (e instanceof UnreadableWorkbookError) return e.reason;
  const detail = (e instanceof Error ? e.message : String(e)).split("\n")[0];
  return lang === "en" ? `internal error: ${detail}` : `erreur interne : ${detail}`;
}

/** Reads and reduces every candidate; unreadable ones become failures. */
async function summarizeAll(
  files: readonly Candidate[],
  req: ConsolidateRequest,
  io: CliIo,
): Promise<{ summaries: ProjectSummaryForPortfolio[]; failures: PortfolioFailure[] }> {
  const summaries: ProjectSummaryForPortfolio[] = [];
  const failures: PortfolioFailure[] = [];
  const progress = createProgress(io, files.length);
  for (const [i, file] of files.entries()) {
    progress.update(i, file.display);
    try {
      const grid = await readWorkbookFile(file.path, { lang: req.lang, displayName: file.display });
      const analysis = analyzeWorkbook(grid, {
        statusDate: req.statusDate,
        statusDateOverride: req.statusDateOverride,
        lang: req.lang,
      });
      summaries.push(summarizeProject(file.display, analysis));
    } catch (e) {
      failures.push({ file: file.display, message: failureMessage(e, req.lang) });
      if (!(e instanceof UnreadableWorkbookError) && io.env.FICHE_PROJET_DEBUG === "1" && e instanceof Error) {
        io.stderr(`${file.display}: ${e.stack}\n`);
      }
    }
  }
  progress.update(files.length, "");
  progress.done();
  return { summaries, failures };
}

/** Consolidates; returns the portfolio, or null when there was nothing to read. */
export async function consolidateFiles(req: ConsolidateRequest, io: CliIo): Promise<Portfolio | null> {
  const exclude = [req.output, req.capacity].filter((p): p is string => p !== null);
  const files = await collectWorkbooks(req.inputs, io.cwd, exclude);
  if (files.length === 0) return null;
  const capacity = req.capacity ? await readCapacity(req.capacity, req.capacity, req.lang) : [];
  const { summaries, failures } = await summarizeAll(files, req, io);
  return consolidatePortfolio(summaries, {
    capacity,
    failures,
    lang: req.lang,
    ...(req.statusDateOverride ? { statusDate: req.statusDate } : {}),
  });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Exit code of a consolidation: 1 when any project has errors or any workbook failed. */
export function portfolioExitCode(p: Portfolio): number {
  return p.kpis.errors > 0 || p.failures.length > 0 ? EXIT.dataErrors : EXIT.ok;
}

/** Runs `consolidate`; returns the exit code. */
export async function runConsolidate(args: ParsedArgs, io: CliIo, today: IsoDate): Promise<number> {
  if (args.positionals.length === 0)
    throw new UsageError(
      "consolidate attend au moins un fichier ou dossier",
      "consolidate expects at least one file or folder",
    );
  if (args.output === null && !args.json)
    throw new UsageError("consolidate attend -o PORTEFEUILLE.xlsx", "consolidate expects -o PORTFOLIO.xlsx");
  const output = args.output === null ? null : resolve(io.cwd, args.output);
  const capacity = args.capacity === null ? null : resolve(io.cwd, args.capacity);
  if (output) {
    if (capacity && identityOf(capacity) === identityOf(output)) {
      throw new UsageError(
        `le fichier de sortie ${args.output} est aussi le fichier de capacité`,
        `the output ${args.output} is also the capacity workbook`,
      );
    }
    const named = args.positionals.map((p) => resolve(io.cwd, p)).filter((p) => !isDirectory(p));
    refuseInputAsOutput(output, named, args.output ?? output);
    await checkReplaceable(output, args.force, args.output ?? output);
  }
  const req: ConsolidateRequest = {
    inputs: args.positionals,
    output,
    outputShown: args.output,
    capacity: args.capacity === null ? null : capacity,
    statusDate: args.statusDate ?? today,
    statusDateOverride: args.statusDate !== null,
    lang: args.lang,
    json: args.json,
  };
  const portfolio = await consolidateFiles(req, io);
  if (portfolio === null) throw new UsageError("aucun classeur .xlsx à consolider", "no .xlsx workbook to consolidate");
  if (portfolio.rows.length === 0) {
    // Nothing readable at all: list why, write nothing (exit 2).
    for (const f of portfolio.failures)
      io.stderr(`fiche-projet: ${f.file}${args.lang === "fr" ? " : " : ": "}${f.message}\n`);
    return EXIT.usage;
  }
  if (output) await writeWorkbookFile(output, buildPortfolioSheets(portfolio, args.lang));
  if (args.json) io.stdout(`${renderPortfolioDocumentJson(toPortfolioDocument(portfolio))}\n`);
  else io.stdout(renderPortfolioSummary(portfolio, useColour(io)));
  if (output && args.output) io.stderr(writtenLine(args.output, args.lang));
  return portfolioExitCode(portfolio);
}
