/**
 * A growing buffer that a part's XML is encoded into as UTF-8, a row or a shared string at a
 * time: the direct writer (streamWriter.ts) puts ~3 MB of markup for a portfolio of 300 projects,
 * and joining a whole sheet's text before encoding it (one rope of every cell, flattened, then
 * copied into a Buffer for zlib) allocated several times its size and spent more time in the
 * garbage collector than in the markup. Encoded as it comes into one buffer, reused from sheet to
 * sheet, the markup exists once, as bytes.
 */

const UTF8 = new TextEncoder();
/** Bytes at the start: most parts fit, the biggest grows the buffer a few times, once. */
const INITIAL_BYTES = 1 << 16;
/** Up to this many characters are copied by a loop; longer text by `TextEncoder.encodeInto` (a native call). */
const SHORT_TEXT = 64;

/** Text written as UTF-8 into a buffer that grows as needed. */
export class ByteSink {
  private buf = new Uint8Array(INITIAL_BYTES);
  /** Bytes written so far; setting it lower drops what was written after. */
  length = 0;
  /** Bytes kept free at the start by {@link restart}. */
  private room = 0;

  /** Room for `bytes` more bytes. */
  private reserve(bytes: number): void {
    const need = this.length + bytes;
    if (need <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(need, this.buf.length * 2));
    grown.set(this.buf.subarray(0, this.length));
    this.buf = grown;
  }

  /** Appends `s` as UTF-8 (a lone surrogate becomes U+FFFD, as `Buffer.from` and `TextEncoder` write it). */
  text(s: string): void {
    const n = s.length;
    if (n > SHORT_TEXT) {
      this.reserve(3 * n);
      this.length += UTF8.encodeInto(s, this.buf.subarray(this.length)).written;
      return;
    }
    this.reserve(3 * n);
    const buf = this.buf;
    let p = this.length;
    // Markup, numbers and most cell text are ASCII: one byte per character, no native call.
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        this.length = p + UTF8.encodeInto(s.slice(i), buf.subarray(p)).written;
        return;
      }
      buf[p++] = c;
    }
    this.length = p;
  }

  /**
   * Empties the sink, leaving `room` bytes free at its start for a head written last (by
   * {@link framed}): a part whose head depends on its body (a sheet's extent, the count of shared
   * strings) is then never copied to be put together.
   */
  restart(room: number): void {
    this.length = 0;
    this.reserve(room);
    this.length = room;
    this.room = room;
  }

  /**
   * The bytes written since {@link restart}, preceded by `head` (at most the room left for it),
   * without copying: valid until the next write. Throws when the head does not fit (a
   * programmer error: the room is a bound worked out by the caller).
   */
  framed(head: string): Uint8Array {
    const bytes = UTF8.encode(head);
    const at = this.room - bytes.length;
    if (at < 0) throw new RangeError(`a head of ${bytes.length} bytes in ${this.room}`);
    this.buf.set(bytes, at);
    return this.buf.subarray(at, this.length);
  }
}
