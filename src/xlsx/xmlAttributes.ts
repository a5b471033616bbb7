/**
 * The attributes of one start tag, checked and recorded in a single pass over its bytes: for
 * each, where its local name and its value are. The scanner (xmlScanner.ts) walks them with
 * `nextAttr`; nothing is decoded until a reader asks for a value.
 */

const LT = 60;
const GT = 62;
const SLASH = 47;
const COLON = 58;
const EQ = 61;
const DQUOTE = 34;
const SQUOTE = 39;

export const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/**
 * The attributes found: [local name start, name end, value start, value end] × count, and
 * whether each name has a prefix. One store serves every scanner: a part is scanned to its end
 * before another starts (nothing awaits inside a scan), so it is never reallocated per tag.
 */
export const attributeStore = { spans: new Int32Array(256), prefixed: new Uint8Array(64), count: 0, ltInValue: false };

function grow(): void {
  const spans = new Int32Array(attributeStore.spans.length * 2);
  spans.set(attributeStore.spans);
  const prefixed = new Uint8Array(attributeStore.prefixed.length * 2);
  prefixed.set(attributeStore.prefixed);
  attributeStore.spans = spans;
  attributeStore.prefixed = prefixed;
}

/**
 * Checks and records the attributes of the tag whose name ends at `from`. Returns the index of
 * the tag's `/>` or `>`, or `-(i + 1)` when the attributes are malformed at byte `i`
 * (`attributeStore.ltInValue` says whether it is a `<` inside a value). No allocation.
 * @example scanAttributes(bytes, 2) // bytes = '<c r="A1">' → 9, attributeStore.count 1
 */
export function scanAttributes(b: Uint8Array, from: number): number {
  const n = b.length;
  let i = from;
  let count = 0;
  for (;;) {
    const before = i;
    while (i < n && isSpace(b[i] as number)) i++;
    const c = b[i];
    if (c === GT || (c === SLASH && b[i + 1] === GT)) {
      attributeStore.count = count;
      return i;
    }
    if (c === SLASH || i >= n || i === before) break; // a stray "/", the end of the part, no space before an attribute
    const nameStart = i;
    let local = i;
    while (i < n && b[i] !== EQ && !isSpace(b[i] as number) && b[i] !== GT && b[i] !== LT) {
      if (b[i] === COLON) local = i + 1;
      i++;
    }
    const nameEnd = i;
    while (i < n && isSpace(b[i] as number)) i++;
    if (b[i] !== EQ || nameEnd === nameStart) break;
    i++;
    while (i < n && isSpace(b[i] as number)) i++;
    const q = b[i];
    if (q !== DQUOTE && q !== SQUOTE) break;
    let close = i + 1;
    while (close < n && b[close] !== q) {
      if (b[close] === LT) {
        attributeStore.ltInValue = true;
        return -(close + 1);
      }
      close++;
    }
    if (close >= n) break;
    if (count * 4 + 4 > attributeStore.spans.length) grow();
    const at = count * 4;
    const spans = attributeStore.spans;
    spans[at] = local;
    spans[at + 1] = nameEnd;
    spans[at + 2] = i + 1;
    spans[at + 3] = close;
    attributeStore.prefixed[count] = local === nameStart ? 0 : 1;
    count++;
    i = close + 1;
  }
  attributeStore.ltInValue = false;
  return -(i + 1);
}
