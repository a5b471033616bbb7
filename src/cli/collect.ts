/**
 * The workbooks a consolidation reads: files named on the command line as they are, folders
 * scanned recursively for `.xlsx`, skipping Excel lock files (`~$…`), hidden files and folders,
 * and the paths to exclude (the output, the capacity workbook).
 */
import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { identityOf } from "./outputs.js";

export interface Candidate {
  /** Absolute path. */
  readonly path: string;
  /** As shown to the user: relative to the working directory when inside it. */
  readonly display: string;
}

const isSkipped = (name: string) => name.startsWith(".") || name.startsWith("~$");
const isXlsx = (name: string) => name.toLowerCase().endsWith(".xlsx");

async function scan(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  // Code-unit order: the same on every machine, whatever its locale.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isSkipped(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await scan(path, out);
    else if (entry.isFile() && isXlsx(entry.name)) out.push(path);
  }
}

function display(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") ? rel.split("\\").join("/") : path;
}

/**
 * Expands inputs into workbook files, each once, in a stable order. A named path that does not
 * exist is kept (reading it then fails and it is listed as a failure).
 */
export async function collectWorkbooks(
  inputs: readonly string[],
  cwd: string,
  exclude: readonly string[],
): Promise<Candidate[]> {
  const excluded = new Set(exclude.map(identityOf));
  const seen = new Set<string>();
  const out: Candidate[] = [];
  const add = (path: string) => {
    const id = identityOf(path);
    if (excluded.has(id) || seen.has(id)) return;
    seen.add(id);
    out.push({ path, display: display(cwd, path) });
  };
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const st = await stat(path).catch(() => null);
    if (st?.isDirectory()) {
      const found: string[] = [];
      await scan(path, found);
      found.forEach(add);
    } else {
      add(path);
    }
  }
  return out;
}
