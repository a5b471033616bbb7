/** A Drive folder of project spreadsheets for the direction's tests. */
import { EXAMPLES } from "../../src/core/examples/index.js";
import { buildTemplateSheets } from "../../src/core/template/sheets.js";
import type { OutputSheet } from "../../src/core/types.js";
import { type FakeFileRecord, GasWorld, MimeType } from "../fakes/gas/index.js";
import { fill, withProjectValue } from "./sheets.js";

const templates = EXAMPLES.map((p) => buildTemplateSheets({ lang: "fr", example: p }));

export const FOLDER = "1AbCdEfGhIjKlMnOpQrStUvWxYz012345";
export const codeOf = (i: number) => `P${String(i).padStart(3, "0")}`;

export interface Status {
  state: string;
  processed: number;
  total: number;
  projects: number;
  failures: { file: string; message: string }[];
  written: string[];
}

/** A Drive folder of `n` project spreadsheets (ids in scrambled order) plus a document. */
export function folderWorld(n: number, failing: readonly number[] = []): GasWorld {
  const w = new GasWorld({ timeZone: "Europe/Paris" });
  w.active.name = "Portefeuille de la direction";
  const files: FakeFileRecord[] = [];
  for (let i = 0; i < n; i++) {
    // Scrambled ids: Drive lists in its own order; the script sorts by id.
    const id = `id-${String((i * 7919) % 100_003).padStart(6, "0")}-${i}`;
    const base = templates[i % templates.length] as OutputSheet[];
    const sheets = withProjectValue(base, "Code projet", codeOf(i));
    fill(w.newSpreadsheet(id, `Fiche ${codeOf(i)}`), sheets);
    files.push({ id, name: `Fiche ${codeOf(i)}`, mimeType: MimeType.GOOGLE_SHEETS });
    if (failing.includes(i))
      w.failing.set(id, "Exception: You do not have permission to access the requested document.");
  }
  files.push({ id: "doc-1", name: "Compte rendu", mimeType: MimeType.GOOGLE_DOCS });
  w.drive.addFolder(FOLDER, "Fiches projet 2026", files.reverse());
  return w;
}
