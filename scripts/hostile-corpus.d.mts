// Types for scripts/hostile-corpus.mjs, so the TypeScript tests can import it.
import type ExcelJS from "exceljs";

export interface ZipInput {
  name: string;
  data?: Buffer | string;
  store?: boolean;
  raw?: Buffer;
  size?: number;
  crc?: number;
  declaredSize?: number;
}
export type { XlsxRefusal as GuardCode } from "../src/xlsx/readErrors.js";

import type { XlsxRefusal } from "../src/xlsx/readErrors.js";
export interface CorpusEntry {
  readonly file: string;
  readonly what: string;
  /** Code of the archive-level guard (`inspectXlsxArchive`), null when it passes. */
  readonly guard: XlsxRefusal | null;
  /** Code of the reader's refusal (XlsxReadError), null when it reads the file. */
  readonly read: XlsxRefusal | null;
  /** Exit code of `fiche-projet check` on the file. */
  readonly exit: 0 | 2;
}
export const CORPUS: readonly CorpusEntry[];
export function buildZip(inputs: ZipInput[]): Buffer;
export function repeatedDeflate(
  prefix: Buffer,
  unit: Buffer,
  count: number,
  suffix: Buffer,
): Promise<{ raw: Buffer; size: number; crc: number }>;
export function prng(seed: number): () => number;
export interface GoodOptions {
  code?: string;
  title?: string;
  extraText?: string;
}
export function goodWorkbook(options?: GoodOptions): ExcelJS.Workbook;
export function goodWorkbookBytes(options?: GoodOptions): Promise<Buffer>;
export function buildCorpus(): Promise<Record<string, Buffer>>;
export function writeCorpus(dir: string): Promise<Record<string, string>>;
export function measureCheck(file: string): {
  exit: number | null;
  peakMb: number | null;
  seconds: number | null;
  message: string;
};
