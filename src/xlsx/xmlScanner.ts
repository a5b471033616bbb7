/**
 * One linear pass over the UTF-8 bytes of an XML part: start tags, end tags and text, with the
 * well-formedness a values reader needs checked on the way (tags balanced and properly nested,
 * one root, quoted attributes, no text outside the root) — no regular expression, no recursion,
 * nothing decoded until asked. Element names are compared by their local part, so `x:c` (the
 * Open XML SDK's prefix) is `c`. A DTD is refused (OPC forbids it), so no entity is ever expanded.
 */
import { refuse } from "./readErrors.js";
import { attributeStore, isSpace, scanAttributes } from "./xmlAttributes.js";

/** Token kinds returned by {@link XmlScanner.next}. */
export const EOF = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const COLON = 58;
const EQ = 61;
const MAX_DEPTH = 1000;

/** A byte that ends a tag name. */
const endsName = (c: number) => c === 32 || c === 62 || c === 47 || c === 10 || c === 9 || c === 13;

/** The bytes of an ASCII name, to compare local names without decoding them. */
export const nameBytes = (name: string): Uint8Array => Uint8Array.from(name, (c) => c.charCodeAt(0));

/**
 * A pull scanner: call {@link next} until {@link EOF}; after an {@link OPEN}, the tag's local name
 * is compared with {@link is} and its attributes walked with {@link nextAttr}.
 * @example const x = new XmlScanner(bytes, "xl/workbook.xml"); while (x.next() !== EOF) if (x.kind === OPEN && x.is(SHEET)) …
 */
export class XmlScanner {
  kind = EOF;
  /** The current tag's local name: bytes[localStart, nameEnd). */
  localStart = 0;
  nameEnd = 0;
  /** Whether the current start tag closes itself (`<c/>`): no CLOSE follows. */
  selfClosing = false;
  /** Text token: bytes[textStart, textEnd); `cdata` when it came from a CDATA section (no entities). */
  textStart = 0;
  textEnd = 0;
  cdata = false;
  /** Depth of the current element (1 for the root's children's parent, the root itself). */
  depth = 0;
  /** The attribute found by {@link nextAttr}: local name bytes[attrLocal, attrNameEnd), value bytes[valueStart, valueEnd). */
  attrLocal = 0;
  attrNameEnd = 0;
  attrPrefixed = false;
  valueStart = 0;
  valueEnd = 0;

  private pos = 0;
  private attrCount = 0;
  private attrNext = 0;
  private rootClosed = false;
  private rootSeen = false;
  /** The open elements' qualified names: bytes[stack[2k], stack[2k + 1]) for depth k + 1 (grown as needed). */
  private stack = new Int32Array(32);

  constructor(
    readonly bytes: Uint8Array,
    readonly part: string,
  ) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) this.pos = 3;
  }

  /** Refuses the part as not well-formed, saying where. */
  fail(why: string): never {
    let line = 1;
    for (let i = 0; i < Math.min(this.pos, this.bytes.length); i++) if (this.bytes[i] === 10) line++;
    return refuse(
      "MALFORMED",
      `classeur endommagé\u00a0: ${this.part} n'est pas du XML bien formé (${why}, ligne ${line})`,
      `damaged workbook: ${this.part} is not well-formed XML (${why}, line ${line})`,
    );
  }

  /** Whether the current tag's local name is `name`. */
  is(name: Uint8Array): boolean {
    const b = this.bytes;
    const start = this.localStart;
    if (this.nameEnd - start !== name.length) return false;
    for (let k = 0; k < name.length; k++) if (b[start + k] !== name[k]) return false;
    return true;
  }

  /** Whether the current attribute's local name is `name`. */
  attrIs(name: Uint8Array): boolean {
    const b = this.bytes;
    const start = this.attrLocal;
    if (this.attrNameEnd - start !== name.length) return false;
    for (let k = 0; k < name.length; k++) if (b[start + k] !== name[k]) return false;
    return true;
  }

  /** Moves to the next attribute of the current start tag; false when there is none left. */
  nextAttr(): boolean {
    const k = this.attrNext;
    if (k >= this.attrCount) return false;
    const spans = attributeStore.spans;
    const at = k * 4;
    this.attrLocal = spans[at] as number;
    this.attrNameEnd = spans[at + 1] as number;
    this.valueStart = spans[at + 2] as number;
    this.valueEnd = spans[at + 3] as number;
    this.attrPrefixed = attributeStore.prefixed[k] === 1;
    this.attrNext = k + 1;
    return true;
  }

  /** The next token. */
  next(): number {
    const b = this.bytes;
    const n = b.length;
    for (;;) {
      let i = this.pos;
      if (i >= n) {
        if (this.depth > 0 || !this.rootSeen) this.fail(this.rootSeen ? "élément non fermé" : "aucun élément");
        this.kind = EOF;
        return EOF;
      }
      if (b[i] !== LT) {
        let j = b.indexOf(LT, i);
        if (j < 0) j = n;
        this.pos = j;
        if (this.depth === 0) {
          while (i < j && isSpace(b[i] as number)) i++;
          if (i < j) this.fail("texte hors de l'élément racine");
          continue;
        }
        this.textStart = i;
        this.textEnd = j;
        this.cdata = false;
        this.kind = TEXT;
        return TEXT;
      }
      const c = b[i + 1];
      if (c === SLASH) return this.endTag(i);
      if (c === QUESTION) {
        const close = this.find(63, GT, i + 2, "instruction non fermée");
        this.pos = close + 2;
        continue;
      }
      if (c === BANG) {
        if (this.special(i)) return TEXT;
        continue;
      }
      return this.startTag(i);
    }
  }

  /** Index of the two bytes `a` `b` from `from`, or a refusal. */
  private find(a: number, z: number, from: number, why: string): number {
    const b = this.bytes;
    for (let i = b.indexOf(a, from); i >= 0; i = b.indexOf(a, i + 1)) if (b[i + 1] === z) return i;
    this.pos = from;
    return this.fail(why);
  }

  /** `<!--…-->` skipped, `<![CDATA[…]]>` as text (true), `<!DOCTYPE` refused. */
  private special(i: number): boolean {
    const b = this.bytes;
    if (b[i + 2] === 45 && b[i + 3] === 45) {
      let k = this.find(45, 45, i + 4, "commentaire non fermé");
      while (b[k + 2] !== GT) k = this.find(45, 45, k + 1, "commentaire non fermé");
      this.pos = k + 3;
      return false;
    }
    if (b[i + 2] === 91 && String.fromCharCode(...b.subarray(i + 3, i + 9)) === "CDATA[") {
      if (this.depth === 0) this.fail("CDATA hors de l'élément racine");
      let k = this.find(93, 93, i + 9, "section CDATA non fermée");
      while (b[k + 2] !== GT) k = this.find(93, 93, k + 1, "section CDATA non fermée");
      this.textStart = i + 9;
      this.textEnd = k;
      this.cdata = true;
      this.kind = TEXT;
      this.pos = k + 3;
      return true;
    }
    this.pos = i;
    return refuse(
      "MALFORMED",
      `classeur refusé\u00a0: ${this.part} déclare une DTD (interdite dans un .xlsx, et jamais lue)`,
      `workbook refused: ${this.part} declares a DTD (forbidden in an .xlsx, and never read)`,
    );
  }

  private startTag(lt: number): number {
    const b = this.bytes;
    if (this.rootClosed) {
      this.pos = lt;
      this.fail("second élément racine");
    }
    let i = lt + 1;
    const nameStart = i;
    let local = i;
    const first = b[i] as number;
    if (endsName(first) || first === LT || first === EQ || (first >= 48 && first <= 57)) {
      this.pos = lt;
      this.fail("balise sans nom");
    }
    while (i < b.length && !endsName(b[i] as number)) {
      if (b[i] === COLON) local = i + 1;
      else if (b[i] === LT) {
        this.pos = i;
        this.fail("« < » dans une balise");
      }
      i++;
    }
    this.localStart = local;
    this.nameEnd = i;
    const end = scanAttributes(b, i);
    if (end < 0)
      this.failAt(-end - 1, attributeStore.ltInValue ? "«\u00a0<\u00a0» dans un attribut" : "attribut mal formé");
    this.attrCount = attributeStore.count;
    this.attrNext = 0;
    this.selfClosing = b[end] === SLASH;
    this.pos = this.selfClosing ? end + 2 : end + 1;
    this.rootSeen = true;
    if (this.selfClosing) {
      if (this.depth === 0) this.rootClosed = true;
    } else {
      if (this.depth >= MAX_DEPTH) this.fail("imbrication trop profonde");
      if (2 * this.depth + 2 > this.stack.length) {
        const grown = new Int32Array(this.stack.length * 2);
        grown.set(this.stack);
        this.stack = grown;
      }
      this.stack[2 * this.depth] = nameStart;
      this.stack[2 * this.depth + 1] = i;
      this.depth++;
    }
    this.kind = OPEN;
    return OPEN;
  }

  private failAt(at: number, why: string): never {
    this.pos = at;
    return this.fail(why);
  }

  private endTag(lt: number): number {
    const b = this.bytes;
    let i = lt + 2;
    const nameStart = i;
    let local = i;
    while (i < b.length && !endsName(b[i] as number)) {
      if (b[i] === COLON) local = i + 1;
      i++;
    }
    const nameEnd = i;
    while (i < b.length && isSpace(b[i] as number)) i++;
    this.pos = lt;
    if (b[i] !== GT || this.depth === 0) this.fail("balise de fin inattendue");
    const openStart = this.stack[2 * this.depth - 2] as number;
    const openEnd = this.stack[2 * this.depth - 1] as number;
    let same = openEnd - openStart === nameEnd - nameStart;
    for (let k = 0; same && k < nameEnd - nameStart; k++) same = b[openStart + k] === b[nameStart + k];
    if (!same) this.fail("balise de fin qui ne ferme pas la dernière ouverte");
    this.depth--;
    if (this.depth === 0) this.rootClosed = true;
    this.localStart = local;
    this.nameEnd = nameEnd;
    this.pos = i + 1;
    this.kind = CLOSE;
    return CLOSE;
  }

  /**
   * The commonest content, read without tokens: when the element just opened holds exactly
   * `<name>text</name>` (no attribute, no prefix, no markup in the text) and then its own end tag
   * follows at once, consumes all of it and returns true, with {@link textStart}/{@link textEnd}
   * on the text and the scanner just past the end tag (kind {@link CLOSE}), as if {@link next}
   * had been called until there. Anything else (a space, a comment, a CDATA section, another
   * element) returns false and moves nothing: the caller reads it token by token. What it
   * accepts is matched byte for byte, so it is as well-formed as the token path would prove it.
   * @example // at <c r="A1"> of `<c r="A1"><v>12</v></c>`: x.simpleChild(nameBytes("v")) → true, text "12"
   */
  simpleChild(name: Uint8Array): boolean {
    if (this.kind !== OPEN || this.selfClosing) return false;
    const b = this.bytes;
    const n = name.length;
    const i = this.pos;
    if (b[i] !== LT || b[i + n + 1] !== GT) return false;
    for (let k = 0; k < n; k++) if (b[i + 1 + k] !== name[k]) return false;
    const start = i + n + 2;
    const lt = b.indexOf(LT, start);
    if (lt < 0 || b[lt + 1] !== SLASH || b[lt + n + 2] !== GT) return false;
    for (let k = 0; k < n; k++) if (b[lt + 2 + k] !== name[k]) return false;
    // The element's own end tag: `</` its qualified name `>`.
    const openStart = this.stack[2 * this.depth - 2] as number;
    const openEnd = this.stack[2 * this.depth - 1] as number;
    let j = lt + n + 3;
    if (b[j] !== LT || b[j + 1] !== SLASH) return false;
    j += 2;
    const endName = j;
    for (let k = openStart; k < openEnd; k++, j++) if (b[j] !== b[k]) return false;
    if (b[j] !== GT) return false;
    this.textStart = start;
    this.textEnd = lt;
    this.cdata = false;
    this.depth--;
    if (this.depth === 0) this.rootClosed = true;
    this.localStart = endName + (this.localStart - openStart);
    this.nameEnd = j;
    this.pos = j + 1;
    this.kind = CLOSE;
    return true;
  }

  /** Skips the rest of the element just opened (nothing when it closed itself). */
  skip(): void {
    if (this.kind !== OPEN || this.selfClosing) return;
    const depth = this.depth;
    while (this.depth >= depth) if (this.next() === EOF) return;
  }
}
