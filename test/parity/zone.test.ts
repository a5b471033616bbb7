/**
 * Found by the parity corpus (fixture dst-days): in America/Santiago the clocks jump from 00:00
 * to 01:00 on the first Sunday of September, so that day has no midnight. Sheets gives such a
 * date cell as the day's first instant (01:00); writing the eve's 23:00 showed the day before.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { isoInZone, midnightInZone } from "../../src/apps-script/zone.js";
import { formatDate, midnightIn, Utilities } from "../fakes/gas/index.js";

beforeAll(() => {
  (globalThis as unknown as { Utilities: typeof Utilities }).Utilities = Utilities;
});

describe("a day without a midnight", () => {
  it.each([
    ["Santiago, clocks jump at 00:00", "America/Santiago", "2026-09-06", "01:00"],
    ["Santiago, the year before", "America/Santiago", "2025-09-07", "01:00"],
    ["Santiago, clocks go back at 00:00", "America/Santiago", "2026-04-05", "00:00"],
    ["Beirut, clocks jump at 00:00 east of UTC", "Asia/Beirut", "2026-03-29", "01:00"],
    ["Paris, an ordinary day", "Europe/Paris", "2026-09-06", "00:00"],
  ])("%s: %s %s starts at %s, in the adapter and in the fake", (_n, zone, iso, time) => {
    const written = midnightInZone(iso, zone);
    expect(isoInZone(written, zone)).toBe(iso);
    expect(formatDate(written, zone, "HH:mm")).toBe(time);
    expect(midnightIn(iso, zone).getTime()).toBe(written.getTime());
  });
});
