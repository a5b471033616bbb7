import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UnreadableWorkbookError } from "../../src/node/errors.js";
import { readWorkbookBuffer } from "../../src/node/readWorkbook.js";
import { kitchenSinkWorkbook } from "./fixtures.js";

/** Resolves to "ok" or "unreadable"; anything else thrown fails the property. */
async function outcome(bytes: Uint8Array): Promise<string> {
  try {
    await readWorkbookBuffer(bytes, "x.xlsx");
    return "ok";
  } catch (e) {
    if (e instanceof UnreadableWorkbookError && !e.message.includes("\n")) return "unreadable";
    throw e;
  }
}

describe("readWorkbookBuffer on damaged bytes", () => {
  it("any byte string: a grid or an UnreadableWorkbookError, never another exception", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        expect(["ok", "unreadable"]).toContain(await outcome(bytes));
      }),
      { numRuns: 100 },
    );
  });

  it("a real workbook with bytes flipped or cut: same", async () => {
    const good = await kitchenSinkWorkbook();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.nat({ max: good.length }),
        async (flips, cut) => {
          const bytes = good.slice(0, Math.max(cut, 1));
          for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
          expect(["ok", "unreadable"]).toContain(await outcome(bytes));
        },
      ),
      { numRuns: 60 },
    );
  });
});
