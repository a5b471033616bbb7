/**
 * Minimal zip guard (placeholder written by node-cli; the "hardening" teammate replaces it):
 * checks the local-file-header signature only.
 */
export type ZipGuardResult = { ok: true } | { ok: false; reason: string; code: string };

/** Whether the bytes look like a zip archive that exceljs may open. */
export function inspectXlsx(bytes: Uint8Array): ZipGuardResult {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    return { ok: false, reason: "not a zip archive", code: "NOT_ZIP" };
  }
  return { ok: true };
}
