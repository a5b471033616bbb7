/** What the CLI may touch of the outside world; `main.ts` fills it from `process`, tests fake it. */
export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Whether standard output is a terminal (colours in the readable output). */
  readonly isTTY: boolean;
  /** Whether standard error is a terminal (the progress bar); defaults to `isTTY`. */
  readonly stderrIsTTY?: boolean;
  readonly cwd: string;
  now(): Date;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Exit codes (SPEC §4). */
export const EXIT = { ok: 0, dataErrors: 1, usage: 2 } as const;

/** Whether to colour the output: a terminal, and no `NO_COLOR` (https://no-color.org). */
export function useColour(io: CliIo): boolean {
  return io.isTTY && !io.env.NO_COLOR;
}
