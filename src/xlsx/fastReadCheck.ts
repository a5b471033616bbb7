/**
 * A strict well-formedness check of one XML part for the fast reader, at least as strict as the
 * saxes parser inside exceljs: balanced tags, one root, quoted attributes without duplicates,
 * valid entity references, no markup outside the root, a plain XML declaration. A part it
 * refuses is {@link FastReadUnsupported}: the file then goes to exceljs, which says what it says
 * about it. Linear: one sticky-regex step per tag, an explicit stack (no recursion).
 */
import { unsupported } from "./fastReadXml.js";

const START = /<([A-Za-z_][\w.\-:]*)((?:\s+[A-Za-z_][\w.\-:]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const END = /<\/([A-Za-z_][\w.\-:]*)\s*>/y;
const DECLARATION =
  /^<\?xml\s+version\s*=\s*(["'])1\.0\1(?:\s+encoding\s*=\s*(["'])UTF-8\2)?(?:\s+standalone\s*=\s*(["'])(?:yes|no)\3)?\s*\?>/;
const BAD_AMP = /&(?!(?:lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});)/;
const ATTR = /\s+([A-Za-z_][\w.\-:]*)\s*=\s*(?:"[^"<]*"|'[^'<]*')/g;
const MAX_DEPTH = 256;

/** Throws FastReadUnsupported unless `xml` (BOM removed, line ends normalised) is well-formed. */
export function checkWellFormed(xml: string): void {
  let i = 0;
  if (xml.startsWith("<?")) {
    const m = DECLARATION.exec(xml);
    if (!m) unsupported("XML declaration");
    i = (m as RegExpExecArray)[0].length;
  }
  const stack: string[] = [];
  let rootDone = false;
  // Next "&" and "]]>" at or after the scan (searched again only once passed: linear overall).
  let nextAmp = -1;
  let nextBracket = -1;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      if (stack.length === 0) checkText(xml.slice(i, textEnd), false);
      else {
        if (nextAmp < i) nextAmp = after(xml.indexOf("&", i));
        if (nextBracket < i) nextBracket = after(xml.indexOf("]]>", i));
        if (nextAmp < textEnd || nextBracket < textEnd) checkText(xml.slice(i, textEnd), true);
      }
    }
    if (lt < 0) break;
    if (xml.charCodeAt(lt + 1) === 47 /* / */) {
      END.lastIndex = lt;
      const m = END.exec(xml);
      if (!m || stack.pop() !== m[1]) unsupported("mismatched end tag");
      i = END.lastIndex;
      if (stack.length === 0) rootDone = true;
      continue;
    }
    START.lastIndex = lt;
    const m = START.exec(xml);
    if (!m || rootDone) unsupported("bad or second root start tag");
    const [, name, attrs, selfClosing] = m as RegExpExecArray;
    if (attrs) checkAttributes(attrs);
    if (selfClosing) {
      if (stack.length === 0) rootDone = true;
    } else {
      if (stack.length >= MAX_DEPTH) unsupported("too deep");
      stack.push(name as string);
    }
    i = START.lastIndex;
  }
  if (stack.length > 0 || !rootDone) unsupported("unclosed element");
}

const CHAR_REF = /&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});/g;

/** Entity references are the five named ones or references to characters XML allows. */
function checkReferences(s: string): void {
  if (BAD_AMP.test(s)) unsupported("bad entity");
  if (!s.includes("&#")) return;
  CHAR_REF.lastIndex = 0;
  for (let m = CHAR_REF.exec(s); m; m = CHAR_REF.exec(s)) {
    const ref = m[1] as string;
    const c = ref[0] === "x" ? Number.parseInt(ref.slice(1), 16) : Number(ref);
    const ok =
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      (c >= 0x10000 && c <= 0x10ffff);
    if (!ok) unsupported("reference to a character XML forbids");
  }
}

const after = (at: number) => (at < 0 ? Number.POSITIVE_INFINITY : at);

function checkText(text: string, inRoot: boolean): void {
  if (!inRoot) {
    if (text.trim() !== "") unsupported("text outside the root");
    return;
  }
  if (text.includes("&")) checkReferences(text);
  if (text.includes("]]>")) unsupported("]]> in text");
}

function checkAttributes(attrs: string): void {
  if (attrs.includes("&")) checkReferences(attrs);
  if (attrs.indexOf("=") === attrs.lastIndexOf("=")) return; // one attribute (or "=" inside its value)
  const names = new Set<string>();
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(attrs); m; m = ATTR.exec(attrs)) {
    if (names.has(m[1] as string)) unsupported("duplicate attribute");
    names.add(m[1] as string);
  }
}
