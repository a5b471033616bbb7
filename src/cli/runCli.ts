/**
 * The command line as a function: `runCli(argv, io)` returns the exit code. Only `main.ts`
 * touches `process`; tests call this directly.
 *
 * Exit codes (SPEC §4): 0 no error-severity issue; 1 errors in the data — for `consolidate`,
 * also any workbook that could not be read or has no Code projet, and duplicate project codes;
 * `compare` exits 0 whatever changed (a change is not an error in the data).
 * 2 bad usage, an input that cannot be read at all (check, compare), two workbooks that cannot
 * be compared, a `--previous` that is not a portfolio, nothing readable (consolidate), an
 * output that cannot be written (one sentence naming it as typed, see node/outputErrors.ts), or
 * an unexpected internal error (one line; the stack only with FICHE_PROJET_DEBUG=1).
 */
import pkg from "../../package.json" with { type: "json" };
import { UnreadableWorkbookError } from "../node/errors.js";
import { OutputError } from "../node/outputErrors.js";
import { type ParsedArgs, parseArgs } from "./args.js";
import { runCheck } from "./commands/check.js";
import { runCompare } from "./commands/compare.js";
import { runConsolidate } from "./commands/consolidate.js";
import { runDemo } from "./commands/demo.js";
import { runTemplate } from "./commands/template.js";
import { type CliIo, EXIT } from "./io.js";
import { calendarDateIn } from "./today.js";
import { frenchTypography, helpText, UsageError } from "./usage.js";

/** The version printed by `--version` (from package.json). */
export const VERSION: string = pkg.version;

function dispatch(args: ParsedArgs, io: CliIo): Promise<number> {
  const today = calendarDateIn(io.now());
  switch (args.command) {
    case "help":
      io.stdout(helpText(args.lang));
      return Promise.resolve(EXIT.ok);
    case "version":
      io.stdout(`${VERSION}\n`);
      return Promise.resolve(EXIT.ok);
    case "template":
      return runTemplate(args, io);
    case "check":
      return runCheck(args, io, today);
    case "consolidate":
      return runConsolidate(args, io, today);
    case "compare":
      return runCompare(args, io, today);
    case "demo":
      return runDemo(args, io, today);
  }
}

/** A guess at the language for errors raised before the arguments are parsed. */
function langHint(argv: readonly string[]): "fr" | "en" {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const v = i < 0 ? undefined : argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
  return v === "en" ? "en" : "fr";
}

/**
 * Runs the CLI.
 * @example await runCli(["--version"], io) // 0, prints "0.1.0"
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = langHint(argv);
  try {
    return await dispatch(parseArgs(argv), io);
  } catch (e) {
    if (e instanceof UsageError) {
      const hint = lang === "en" ? 'See "fiche-projet --help".' : frenchTypography("Voir « fiche-projet --help ».");
      io.stderr(`fiche-projet: ${lang === "en" ? e.en : frenchTypography(e.message)}\n${hint}\n`);
      return EXIT.usage;
    }
    if (e instanceof OutputError) {
      io.stderr(`fiche-projet: ${lang === "en" ? e.text("en") : frenchTypography(e.text("fr"))}\n`);
      if (io.env.FICHE_PROJET_DEBUG === "1") io.stderr(`${e.systemCode ?? e.problem}\n${e.stack ?? ""}\n`);
      return EXIT.usage;
    }
    if (e instanceof UnreadableWorkbookError) {
      io.stderr(`fiche-projet: ${e.message}\n`);
      return EXIT.usage;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`fiche-projet: ${lang === "en" ? "internal error" : "erreur interne"}: ${message.split("\n")[0]}\n`);
    if (io.env.FICHE_PROJET_DEBUG === "1" && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return EXIT.usage;
  }
}
