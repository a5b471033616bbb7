/**
 * Hand-written argument parsing: `command [positionals] [options]`, options as `--name value`,
 * `--name=value`, `-o value`; `--` ends the options. An unknown command or option is refused
 * with the one it most likely stands for (suggest.ts), never run in its place.
 */
import { isValidYmd } from "../core/dates.js";
import type { IsoDate, Lang } from "../core/types.js";
import { suggestCommand, suggestOption } from "./suggest.js";
import { UsageError } from "./usage.js";

export type Command = "template" | "check" | "consolidate" | "compare" | "demo";

export interface ParsedArgs {
  readonly command: Command | "help" | "version";
  readonly positionals: readonly string[];
  readonly output: string | null;
  readonly lang: Lang;
  readonly json: boolean;
  readonly example: boolean;
  readonly force: boolean;
  readonly statusDate: IsoDate | null;
  readonly capacity: string | null;
  /** `consolidate --previous`: last time's portfolio, for the `Évolution` tab. */
  readonly previous: string | null;
}

type OptionName =
  | "output"
  | "lang"
  | "json"
  | "example"
  | "force"
  | "statusDate"
  | "capacity"
  | "previous"
  | "help"
  | "version";

const OPTIONS: Readonly<Record<string, { name: OptionName; value: boolean }>> = {
  "-o": { name: "output", value: true },
  "--output": { name: "output", value: true },
  "--lang": { name: "lang", value: true },
  "--json": { name: "json", value: false },
  "--example": { name: "example", value: false },
  "--force": { name: "force", value: false },
  "--status-date": { name: "statusDate", value: true },
  "--capacity": { name: "capacity", value: true },
  "--previous": { name: "previous", value: true },
  "--help": { name: "help", value: false },
  "-h": { name: "help", value: false },
  "--version": { name: "version", value: false },
  "-V": { name: "version", value: false },
};

/** Which options each command accepts. */
const ALLOWED: Readonly<Record<Command, readonly OptionName[]>> = {
  template: ["output", "lang", "example", "force"],
  check: ["output", "lang", "json", "statusDate", "force"],
  consolidate: ["output", "lang", "json", "statusDate", "capacity", "previous", "force"],
  compare: ["lang", "json", "statusDate"],
  demo: ["lang", "statusDate"],
};

const COMMANDS: readonly Command[] = ["template", "check", "consolidate", "compare", "demo"];

/** Validates `--status-date`: a real calendar date written `YYYY-MM-DD`. */
export function parseStatusDate(text: string): IsoDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m || !isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new UsageError(
      `--status-date attend une date AAAA-MM-JJ, reçu « ${text} »`,
      `--status-date expects a date YYYY-MM-DD, got "${text}"`,
    );
  }
  return text;
}

function readOptions(argv: readonly string[]): { values: Map<OptionName, string | true>; positionals: string[] } {
  const values = new Map<OptionName, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = OPTIONS[flag];
    if (!spec) throw unknown("option", flag, suggestOption(flag, Object.keys(OPTIONS)));
    if (values.has(spec.name)) throw new UsageError(`option donnée deux fois : ${flag}`, `option given twice: ${flag}`);
    if (!spec.value) {
      if (eq > 0) throw new UsageError(`l'option ${flag} ne prend pas de valeur`, `option ${flag} takes no value`);
      values.set(spec.name, true);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === "")
      throw new UsageError(`l'option ${flag} attend une valeur`, `option ${flag} expects a value`);
    values.set(spec.name, value);
  }
  return { values, positionals };
}

/** "option inconnue : --exemple ; vouliez-vous dire « --example » ?" */
function unknown(kind: "command" | "option", word: string, suggestion: string | null): UsageError {
  const fr = `${kind === "command" ? "commande inconnue" : "option inconnue"} : ${word}`;
  const en = `unknown ${kind}: ${word}`;
  if (suggestion === null) return new UsageError(fr, en);
  return new UsageError(`${fr} ; vouliez-vous dire « ${suggestion} » ?`, `${en}; did you mean "${suggestion}"?`);
}

function langOf(value: string | true | undefined): Lang {
  if (value === undefined) return "fr";
  if (value === "fr" || value === "en") return value;
  throw new UsageError(
    `--lang attend fr ou en, reçu « ${String(value)} »`,
    `--lang expects fr or en, got "${String(value)}"`,
  );
}

/**
 * Parses the arguments after the program name.
 * @throws UsageError for an unknown command or option, a missing value or a bad date.
 * @example parseArgs(["check", "a.xlsx", "--json"]).json // true
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const { values, positionals } = readOptions(argv);
  const lang = langOf(values.get("lang"));
  const base = {
    output: null,
    json: false,
    example: false,
    force: false,
    statusDate: null,
    capacity: null,
    previous: null,
    lang,
  };
  if (values.has("help")) return { ...base, command: "help", positionals: [] };
  if (values.has("version")) return { ...base, command: "version", positionals: [] };
  const [first, ...rest] = positionals;
  if (first === undefined) return { ...base, command: "help", positionals: [] };
  if (first === "help") return { ...base, command: "help", positionals: [] };
  const command = COMMANDS.find((c) => c === first);
  if (!command) throw unknown("command", first, suggestCommand(first, COMMANDS));
  for (const name of values.keys()) {
    if (!ALLOWED[command].includes(name)) {
      throw new UsageError(
        `l'option ${optionLabel(name)} ne s'applique pas à « ${command} »`,
        `option ${optionLabel(name)} does not apply to "${command}"`,
      );
    }
  }
  const str = (name: OptionName) => {
    const v = values.get(name);
    return typeof v === "string" ? v : null;
  };
  const date = str("statusDate");
  return {
    command,
    positionals: rest,
    output: str("output"),
    lang,
    json: values.has("json"),
    example: values.has("example"),
    force: values.has("force"),
    statusDate: date === null ? null : parseStatusDate(date),
    capacity: str("capacity"),
    previous: str("previous"),
  };
}

function optionLabel(name: OptionName): string {
  return Object.entries(OPTIONS).find(([flag, s]) => s.name === name && flag.startsWith("--"))?.[0] ?? name;
}
