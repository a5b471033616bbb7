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
export type GuardCode =
  | "EMPTY"
  | "NOT_ZIP"
  | "ENCRYPTED"
  | "TRUNCATED"
  | "NOT_WORKBOOK"
  | "TOO_LARGE"
  | "ZIP_BOMB"
  | "TOO_MANY_ENTRIES"
  | "SHEET_TOO_LARGE";
export interface CorpusEntry {
  readonly file: string;
  readonly what: string;
  readonly inspect: GuardCode | null;
  readonly guard: GuardCode | null;
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
