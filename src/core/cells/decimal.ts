/** Numbers typed as text, French or English style. */

const SPACES = /[\s\u00A0\u202F\u2007\u2009']/g;

/**
 * The number a text spells, or null. Spaces (normal, U+00A0, U+202F) and `'` group thousands;
 * when both `.` and `,` appear the last one is the decimal mark; several of the same mark are
 * thousands groups; a single `,` or `.` is a decimal mark. A leading `-`, `−` or `+` is a sign.
 * @example parseDecimalText("1.234.567,89") // 1234567.89 ; parseDecimalText("1 234,5") // 1234.5
 */
export function parseDecimalText(raw: string): number | null {
  if (/^[0-9]{1,15}$/.test(raw)) return Number(raw);
  let s = raw.replace(SPACES, "").replace(/^\u2212/, "-");
  if (!/^[+-]?[0-9.,]*[0-9][0-9.,]*$/.test(s)) return null;
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const group = decimal === "." ? "," : ".";
    const [intPart = "", frac = ""] = [
      s.slice(0, Math.max(lastDot, lastComma)),
      s.slice(Math.max(lastDot, lastComma) + 1),
    ];
    if (intPart.includes(decimal) || !isGrouped(intPart, group)) return null;
    s = `${intPart.split(group).join("")}.${frac}`;
  } else {
    const mark = lastDot >= 0 ? "." : lastComma >= 0 ? "," : null;
    if (mark !== null) {
      const parts = s.split(mark);
      if (parts.length > 2) {
        if (!isGrouped(s, mark)) return null;
        s = parts.join("");
      } else s = parts.join(".");
    }
  }
  if (!/^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** `1.234.567` grouped by `.`: a first group of 1–3 digits, then groups of exactly 3. */
function isGrouped(s: string, group: string): boolean {
  const parts = s.replace(/^[+-]/, "").split(group);
  return parts.every((p, i) => (i === 0 ? /^[0-9]{1,3}$/.test(p) : /^[0-9]{3}$/.test(p)));
}
