/**
 * The small XML toolkit of the fast reader (fastRead.ts): entity decoding as an XML parser does
 * it, attributes of one start tag, element text. indexOf-based, no recursion. Anything outside
 * what these helpers understand throws {@link FastReadUnsupported}: the caller then reads the
 * file with exceljs instead, so a surprise never changes what is read.
 */

/** Thrown when the fast reader meets something it does not handle; readWorkbook.ts falls back to exceljs. */
export class FastReadUnsupported extends Error {
  override readonly name = "FastReadUnsupported";
}

export const unsupported = (why: string): never => {
  throw new FastReadUnsupported(why);
};

const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the five named entities and character references, as saxes does; any other entity is unsupported. */
export function decodeEntities(s: string): string {
  let amp = s.indexOf("&");
  if (amp < 0) return s;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semi = s.indexOf(";", amp);
    if (semi < 0 || semi - amp > 12) unsupported("bad entity");
    const name = s.slice(amp + 1, semi);
    let ch = NAMED[name];
    if (ch === undefined) {
      const code = /^#[0-9]{1,7}$/.test(name)
        ? Number(name.slice(1))
        : /^#x[0-9a-fA-F]{1,6}$/.test(name)
          ? Number.parseInt(name.slice(2), 16)
          : -1;
      if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) unsupported("bad entity");
      ch = String.fromCodePoint(code);
    }
    out += s.slice(from, amp) + ch;
    from = semi + 1;
    amp = s.indexOf("&", from);
  }
  return out + s.slice(from);
}

/** exceljs's second decoding of `t="str"` values (utils.xmlDecode): lowercase named entities only. */
export function xmlDecodeAgain(text: string): string {
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&amp;":
        return "&";
      case "&apos;":
        return "'";
      case "&quot;":
        return '"';
      default:
        return c;
    }
  });
}

/** exceljs's `_xHHHH_` escapes in shared-string `<t>` texts (TextXform). */
export function unescapeX(s: string): string {
  return s.indexOf("_x") < 0
    ? s
    : s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}

const ATTR = /\s*([^\s=/>]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

/**
 * The attributes of the start tag in `xml` from `start` (just after the tag name) to `end`
 * (the index of its `>`), decoded. A value holding a tab or line break is unsupported.
 */
export function attributes(xml: string, start: number, end: number): Record<string, string> {
  const out: Record<string, string> = {};
  let stop = end;
  if (xml.charCodeAt(stop - 1) === 47 /* / */) stop--;
  ATTR.lastIndex = start;
  while (ATTR.lastIndex < stop) {
    const at = ATTR.lastIndex;
    const m = ATTR.exec(xml);
    if (!m || ATTR.lastIndex > stop) {
      if (xml.slice(at, stop).trim() === "") break;
      unsupported("bad attribute");
    }
    const raw = (m as RegExpExecArray)[2] ?? (m as RegExpExecArray)[3] ?? "";
    if (/[\t\n\r]/.test(raw)) unsupported("attribute with a line break");
    const name = (m as RegExpExecArray)[1] as string;
    if (out[name] !== undefined) unsupported("duplicate attribute");
    out[name] = decodeEntities(raw);
  }
  return out;
}

/** Index of the `>` closing the start tag that begins at `lt`; unsupported when absent. */
export function tagEnd(xml: string, lt: number): number {
  const gt = xml.indexOf(">", lt);
  if (gt < 0) unsupported("unclosed tag");
  return gt;
}

/** Whether the character after a tag name ends the name (space, `>`, `/`). */
export function endsName(xml: string, i: number): boolean {
  const c = xml.charCodeAt(i);
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

/**
 * Every element `<name …>` or `<name …/>` in xml[from, to): its attributes and raw inner text
 * (undefined for a self-closing one). Used for flat lists (sheets, relationships, xfs).
 */
export function elements(
  xml: string,
  name: string,
  from = 0,
  to = xml.length,
): { attrs: Record<string, string>; inner: string | undefined }[] {
  const out: { attrs: Record<string, string>; inner: string | undefined }[] = [];
  const open = `<${name}`;
  const close = `</${name}>`;
  let i = xml.indexOf(open, from);
  while (i >= 0 && i < to) {
    const n = i + open.length;
    if (!endsName(xml, n)) {
      i = xml.indexOf(open, n);
      continue;
    }
    const gt = tagEnd(xml, i);
    const attrs = attributes(xml, n, gt);
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push({ attrs, inner: undefined });
      i = xml.indexOf(open, gt);
    } else {
      const c = xml.indexOf(close, gt);
      if (c < 0 || c > to) unsupported(`unclosed ${name}`);
      out.push({ attrs, inner: xml.slice(gt + 1, c) });
      i = xml.indexOf(open, c);
    }
  }
  return out;
}

/** The inner range [start, end) of the first `<name …>…</name>`, or null (also for `<name/>`). */
export function section(xml: string, name: string, from = 0): { start: number; end: number } | null {
  const open = `<${name}`;
  let i = xml.indexOf(open, from);
  while (i >= 0 && !endsName(xml, i + open.length)) i = xml.indexOf(open, i + open.length);
  if (i < 0) return null;
  const gt = tagEnd(xml, i);
  if (xml.charCodeAt(gt - 1) === 47) return { start: gt + 1, end: gt + 1 };
  const c = xml.indexOf(`</${name}>`, gt);
  if (c < 0) unsupported(`unclosed ${name}`);
  return { start: gt + 1, end: c };
}

/** Characters XML 1.0 forbids (a parser stops on them): C0 controls but tab and line ends, U+FFFE/U+FFFF. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const INVALID_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

/**
 * Prepares a part's text: refuses what the scanner does not model (CDATA, comments, DOCTYPE,
 * a non-UTF-8 declaration), normalises line ends as an XML parser does.
 */
export function preparePart(text: string): string {
  let s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (s.includes("<![CDATA[") || s.includes("<!--") || s.includes("<!DOCTYPE") || s.includes("<!ENTITY"))
    unsupported("CDATA, comment or DTD");
  const decl = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']*)["']/.exec(s);
  if (decl && !/^utf-?8$/i.test(decl[1] as string)) unsupported("encoding");
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  if (s.includes("\uFFFD") || INVALID_CHAR.test(s)) unsupported("invalid character");
  return s;
}

/** Throws FastReadUnsupported unless every tag in xml[start, end) is one of `allowed`. */
export function onlyTags(xml: string, start: number, end: number, allowed: ReadonlySet<string>): void {
  let i = xml.indexOf("<", start);
  while (i >= 0 && i < end) {
    let j = i + 1;
    if (xml.charCodeAt(j) === 47) j++;
    let k = j;
    while (k < end && !endsName(xml, k)) k++;
    if (!allowed.has(xml.slice(j, k))) unsupported(`unexpected <${xml.slice(j, k)}>`);
    i = xml.indexOf("<", k);
  }
}

/** Throws FastReadUnsupported unless the part's root element is `name` (exceljs reads nothing from another). */
export function rootIs(xml: string, name: string): void {
  let i = xml.indexOf("<");
  while (i >= 0 && xml.charCodeAt(i + 1) === 63 /* ? */) i = xml.indexOf("<", i + 1);
  if (i < 0 || !xml.startsWith(name, i + 1) || !endsName(xml, i + 1 + name.length)) unsupported(`root is not ${name}`);
}
