/**
 * Why a file is not read: the one error of the .xlsx reader, with a stable code and a one-line
 * reason in French and English that names what the file is (a Word document, an old .xls, a
 * workbook too large, with the count that passed the limit…). Every host shows `reason` or
 * `reasonEn` as it is; the Node host wraps it in its UnreadableWorkbookError.
 */

/** What is wrong with a file, for a program (the reason says it to a person). */
export type XlsxRefusal =
  | "EMPTY"
  | "NOT_ZIP"
  | "ENCRYPTED"
  | "LEGACY_XLS"
  | "TRUNCATED"
  | "NOT_WORKBOOK"
  | "MALFORMED"
  | "TOO_LARGE"
  | "ZIP_BOMB"
  | "TOO_MANY_ENTRIES"
  | "TOO_MANY_CELLS";

/**
 * A file the reader refuses. `message` is the French reason.
 * @example new XlsxReadError("EMPTY", "fichier vide", "empty file")
 */
export class XlsxReadError extends Error {
  override readonly name = "XlsxReadError";
  constructor(
    readonly code: XlsxRefusal,
    readonly reason: string,
    readonly reasonEn: string,
  ) {
    super(reason);
  }
}

/** Throws an {@link XlsxReadError}. */
export const refuse = (code: XlsxRefusal, reason: string, reasonEn: string): never => {
  throw new XlsxReadError(code, reason, reasonEn);
};

/** French number formatting with no-break spaces between thousands: 2 000 000. */
export const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
