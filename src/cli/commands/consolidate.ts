/**
 * `fiche-projet consolidate FILE|DIR... -o PORTFOLIO.xlsx [--capacity FILE] [--previous OLD.xlsx] [--json] [--status-date D]`.
 * Each workbook is read, analysed and reduced to a small summary (in a pool of worker threads
 * when there are enough files and cores, see pool.ts), so memory stays flat however many
 * projects there are; the results are taken in the files' order, so the output is the same.
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import {
  capacityOf,
  compareProblemText,
  consolidate,
  type FileOutcome,
  type NamedPortfolio,
  type Portfolio,
  portfolioDocument,
  portfolioSheets,
  previousPortfolio,
  renderPortfolioDocumentJson,
} from "../../core/app/index.js";
import type { CapacityRow, IsoDate, Lang } from "../../core/types.js";
import { readWorkbookFile } from "../../node/readWorkbook.js";
import { streamWorkbookFile } from "../../node/streamWriter.js";
import type { ParsedArgs } from "../args.js";
import { type Candidate, collectWorkbooks } from "../collect.js";
import { type CliIo, EXIT, useColour } from "../io.js";
import { checkReplaceable, identityOf, refuseInputAsOutput } from "../outputs.js";
import { summarizeInWorkers, workerCount, workerFile } from "../pool.js";
import { createProgress } from "../progress.js";
import { renderPortfolioSummary, writtenLine } from "../render/portfolioSummary.js";
import { UsageError } from "../usage.js";
import { type SummarizeOptions, type SummarizeOutcome, summarizeFile } from "../workerTask.js";

export interface ConsolidateRequest {
  readonly inputs: readonly string[];
  /** Absolute path of the portfolio workbook, or null (JSON only). */
  readonly output: string | null;
  readonly outputShown: string | null;
  readonly capacity: string | null;
  /** Absolute path of the previous portfolio (`--previous`): never consolidated as a project. */
  readonly previous?: string | null;
  /** Today in Paris: the status date of a workbook without `Date d'état`. */
  readonly today: IsoDate;
  /** `--status-date`: forced on every workbook. */
  readonly statusDate: IsoDate | null;
  readonly lang: Lang;
  readonly json: boolean;
}

/** The Capacité rows of the capacity workbook (its other tabs are ignored). */
async function readCapacity(path: string, shown: string, lang: Lang): Promise<readonly CapacityRow[]> {
  return capacityOf(await readWorkbookFile(path, { lang, displayName: shown }));
}

/** Reads and reduces every candidate (in worker threads when worth it); unreadable ones become failures. */
async function summarizeAll(files: readonly Candidate[], req: ConsolidateRequest, io: CliIo): Promise<FileOutcome[]> {
  const opts: SummarizeOptions = {
    job: { lang: req.lang, today: req.today, statusDate: req.statusDate },
    debug: io.env.FICHE_PROJET_DEBUG === "1",
  };
  const progress = createProgress(io, files.length);
  const workers = workerCount(files.length, io.env);
  const bundle = workers > 0 ? workerFile() : null;
  let outcomes: SummarizeOutcome[];
  if (bundle) {
    outcomes = await summarizeInWorkers(files, opts, workers, bundle, (done, current) =>
      progress.update(done, current),
    );
  } else {
    outcomes = [];
    for (const [i, file] of files.entries()) {
      progress.update(i, file.display);
      outcomes.push(await summarizeFile(file, opts));
    }
  }
  progress.update(files.length, "");
  progress.done();
  // In the files' order, whichever thread read them: the output does not depend on the workers.
  for (const [i, o] of outcomes.entries()) if (o.stack) io.stderr(`${files[i]?.display}: ${o.stack}\n`);
  return outcomes.map((o) => o.outcome);
}

/**
 * Consolidates; returns the portfolio, or null when there was nothing to read. The output is not
 * read (it is about to be replaced); the `--capacity` workbook is, when it is among the inputs:
 * the application layer consolidates it as a project if it has a `Projet` tab, else reports it as
 * the capacity (SPEC §6).
 */
export async function consolidateFiles(req: ConsolidateRequest, io: CliIo): Promise<Portfolio | null> {
  const exclude = [req.output, req.previous ?? null].filter((p): p is string => p !== null);
  const files = await collectWorkbooks(req.inputs, io.cwd, exclude);
  if (files.length === 0) return null;
  const capacity = req.capacity ? await readCapacity(req.capacity, req.capacity, req.lang) : null;
  const capacityId = req.capacity ? identityOf(req.capacity) : null;
  const capacityFile = files.find((f) => identityOf(f.path) === capacityId)?.display ?? null;
  const outcomes = await summarizeAll(files, req, io);
  return consolidate({ outcomes, capacity, capacityFile }, { lang: req.lang, statusDate: req.statusDate });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Exit code of a consolidation: 1 when any counted project has errors (a duplicate code among
 * them) or any workbook failed; files skipped as not projects are not failures.
 */
export function portfolioExitCode(p: Portfolio): number {
  return p.kpis.errors > 0 || p.failures.length > 0 ? EXIT.dataErrors : EXIT.ok;
}

/**
 * The previous portfolio of `--previous`, read before any work so that a wrong file stops the
 * run at once (exit 2). It may be the output itself: it is read now, and the output is only
 * replaced, atomically, at the end — the monthly `-o portefeuille.xlsx --previous portefeuille.xlsx`.
 */
async function readPrevious(args: ParsedArgs, io: CliIo): Promise<NamedPortfolio | null> {
  if (args.previous === null) return null;
  if (args.output === null)
    throw new UsageError(
      "--previous ajoute l'onglet Évolution au classeur écrit : donnez -o PORTEFEUILLE.xlsx",
      "--previous adds the Évolution tab to the workbook written: give -o PORTFOLIO.xlsx",
    );
  const file = args.previous;
  const grid = await readWorkbookFile(resolve(io.cwd, file), { lang: args.lang, displayName: file });
  const read = previousPortfolio({ file, grid });
  if (!read.ok) throw new UsageError(compareProblemText(read.problem, "fr"), compareProblemText(read.problem, "en"));
  return read.previous;
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
  const previous = await readPrevious(args, io);
  const req: ConsolidateRequest = {
    inputs: args.positionals,
    output,
    outputShown: args.output,
    capacity: args.capacity === null ? null : capacity,
    previous: args.previous === null ? null : resolve(io.cwd, args.previous),
    today,
    statusDate: args.statusDate,
    lang: args.lang,
    json: args.json,
  };
  const portfolio = await consolidateFiles(req, io);
  if (portfolio === null) throw new UsageError("aucun classeur .xlsx à consolider", "no .xlsx workbook to consolidate");
  if (portfolio.rows.length === 0) {
    // Nothing readable at all: list why, write nothing (exit 2).
    const colon = args.lang === "fr" ? " : " : ": ";
    for (const f of portfolio.failures) io.stderr(`fiche-projet: ${f.file}${colon}${f.message}\n`);
    for (const i of portfolio.issues) io.stderr(`fiche-projet: ${i.file}${colon}${i.message}\n`);
    return EXIT.usage;
  }
  if (output) {
    const sheets = portfolioSheets(portfolio, previous ? { previous } : {});
    await streamWorkbookFile(output, sheets, { displayName: args.output ?? output });
  }
  if (args.json) io.stdout(`${renderPortfolioDocumentJson(portfolioDocument(portfolio))}\n`);
  else io.stdout(renderPortfolioSummary(portfolio, useColour(io)));
  if (output && args.output) io.stderr(writtenLine(args.output, args.lang));
  return portfolioExitCode(portfolio);
}
