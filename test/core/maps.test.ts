import { describe, expect, it } from "vitest";
import { entryOf, newMap } from "../../src/core/maps.js";

describe("entryOf", () => {
  it("adds what `make` makes for a missing key, once, and returns the stored value after", () => {
    const byService = new Map<string, Map<string, number>>();
    let made = 0;
    const make = () => {
      made++;
      return newMap<string, number>();
    };
    entryOf(byService, "SI", make).set("2026-03", 2);
    entryOf(byService, "SI", make).set("2026-04", 1);
    expect(made).toBe(1);
    expect([...(byService.get("SI") ?? [])]).toEqual([
      ["2026-03", 2],
      ["2026-04", 1],
    ]);
  });

  it("keeps a stored falsy value (0, empty string) instead of making another", () => {
    const counts = new Map<string, number>([["a", 0]]);
    expect(entryOf(counts, "a", () => 5)).toBe(0);
  });
});
