/** A progress bar on standard error, drawn only when it is a terminal: `[=====>    ] 12/40 projet.xlsx`. */
import type { CliIo } from "./io.js";
import { printable } from "./render/table.js";

const WIDTH = 20;

/** The bar's text for `done` of `total`. */
export function progressLine(done: number, total: number, label: string): string {
  const filled = total === 0 ? WIDTH : Math.floor((done / total) * WIDTH);
  const bar = done >= total ? "=".repeat(WIDTH) : `${"=".repeat(filled)}>${" ".repeat(WIDTH - filled - 1)}`;
  const name = [...printable(label)];
  const shown = name.length > 40 ? `…${name.slice(-39).join("")}` : name.join("");
  return `[${bar}] ${done}/${total} ${shown}`;
}

export interface Progress {
  update(done: number, label: string): void;
  done(): void;
}

/** A progress reporter; silent when standard error is not a terminal. */
export function createProgress(io: CliIo, total: number): Progress {
  const on = io.stderrIsTTY ?? io.isTTY;
  if (!on) return { update: () => {}, done: () => {} };
  return {
    update: (done, label) => io.stderr(`\r\u001b[K${progressLine(done, total, label)}`),
    done: () => io.stderr("\r\u001b[K"),
  };
}
