/** A1 addresses. Rows are 1-based sheet rows, columns 0-based indexes. */

/** `columnLetter(0)` → `"A"`, `columnLetter(27)` → `"AB"`. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `a1(5, 11)` → `"L5"`. */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** `parseA1("L5")` → `{ row: 5, col: 11 }`, or null when it is not an A1 address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/.exec(address);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1] ?? "") col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col: col - 1 };
}
