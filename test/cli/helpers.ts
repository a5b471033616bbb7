/** A fake terminal for runCli, and workbook files built by the code under test. */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { CliIo } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/runCli.js";

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface FakeIoOptions {
  readonly cwd: string;
  readonly isTTY?: boolean;
  readonly stderrIsTTY?: boolean;
  readonly now?: () => Date;
  readonly env?: Record<string, string | undefined>;
}

/** Runs the CLI in-process with captured output. */
export async function run(argv: readonly string[], options: FakeIoOptions): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    isTTY: options.isTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    cwd: options.cwd,
    now: options.now ?? (() => new Date("2026-11-20T10:00:00Z")),
    env: options.env ?? {},
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** sha256 of a file's bytes. */
export async function sha256(path: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
}

/** Whether text looks like a stack trace. */
export function hasStack(text: string): boolean {
  return /\n\s+at .+:\d+/.test(text);
}
