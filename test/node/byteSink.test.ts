/**
 * The byte sink the direct writer writes its parts into: what it holds is exactly the UTF-8 of
 * what was written (as `Buffer.from` encodes it), its head put right before its body.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByteSink } from "../../src/node/byteSink.js";

const written = (write: (sink: ByteSink) => void) => {
  const sink = new ByteSink();
  write(sink);
  return Buffer.from(sink.framed("")).toString("latin1");
};
const utf8 = (s: string) => Buffer.from(s, "utf8").toString("latin1");

describe("ByteSink", () => {
  it.each([
    ["ASCII markup", '<c r="B12" s="3" t="s"><v>'],
    ["accented text", "Prévision — état"],
    ["text beyond the loop's length", `${"x".repeat(64)}é`],
    ["an astral character", "a😀b"],
    ["a lone high surrogate (U+FFFD)", "a\uD800b"],
    ["a lone low surrogate at the end of long text (U+FFFD)", `${"y".repeat(70)}\uDC00`],
    ["an empty string", ""],
  ])("text: %s", (_edge, s) => {
    expect(written((sink) => sink.text(s))).toBe(utf8(s));
  });

  it("grows past its first buffer and drops what follows a lowered length", () => {
    const out = written((sink) => {
      for (let i = 0; i < 20_000; i++) sink.text("<row/>");
      const mark = sink.length;
      sink.text("dropped");
      sink.length = mark;
      sink.text("42");
    });
    expect(out).toBe(`${"<row/>".repeat(20_000)}42`);
  });

  it.each([
    ["a head that fills its room", 5, "<sst>", "<sst>body"],
    ["a shorter head, right before the body", 12, "<sst>", "<sst>body"],
    ["an accented head, counted in bytes", 6, "<é/>", "<é/>body"],
    ["no room and no head", 0, "", "body"],
  ])("framed: %s", (_edge, room, head, expected) => {
    const sink = new ByteSink();
    sink.text("left from the previous part");
    sink.restart(room);
    sink.text("body");
    expect(Buffer.from(sink.framed(head)).toString("utf8")).toBe(expected);
  });

  it("throws for a head longer than its room", () => {
    const sink = new ByteSink();
    sink.restart(3);
    expect(() => sink.framed("<sst>")).toThrow(RangeError);
  });

  it("writes any text as Buffer.from encodes it", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 100 }), { maxLength: 20 }), (items) => {
        const out = written((sink) => {
          for (const x of items) sink.text(x);
        });
        expect(out).toBe(utf8(items.join("")));
      }),
    );
  });
});
