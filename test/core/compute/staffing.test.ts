import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeName } from "../../../src/core/compute/normalize-name.js";
import {
  capacityIndex,
  computeStaffing,
  isDigitalServiceInvolved,
  mobilisedServices,
} from "../../../src/core/compute/staffing.js";
import { capacity, LAYOUT, project, staff } from "./fixtures.js";

describe("normalizeName", () => {
  it.each([
    ["accents and case", "Usages NUMÉRIQUES", "usages numeriques"],
    ["surrounding and inner spaces", "  Usages \u00a0 numériques ", "usages numeriques"],
    ["ligature kept, cedilla stripped", "Façades", "facades"],
    ["empty", "   ", ""],
  ])("%s: %j → %j", (_name, input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe("mobilisedServices", () => {
  it("every Équipe service plus the lead service, one per normalized name, first spelling, sorted", () => {
    const team = [
      staff("Voirie", "2026-03", 1),
      staff("Usages numériques", "2026-03", 1),
      staff("usages  NUMERIQUES", "2026-04", 1),
    ];
    expect(mobilisedServices(team, "Direction des finances")).toEqual([
      "Direction des finances",
      "Usages numériques",
      "Voirie",
    ]);
  });
  it("the lead service already in Équipe is not repeated; Équipe's spelling wins", () => {
    expect(mobilisedServices([staff("Voirie ", "2026-03", 1)], "VOIRIE")).toEqual(["Voirie"]);
  });
  it("no lead service, no team: none", () => {
    expect(mobilisedServices([], null)).toEqual([]);
  });
});

describe("isDigitalServiceInvolved", () => {
  it.each([
    ["same spelling", "Usages numériques", "Usages numériques", true],
    ["case, accents and spaces differ", " usages  NUMERIQUES", "Usages numériques", true],
    ["a custom digital service", "DSI", "dsi", true],
    ["absent", "Voirie", "Usages numériques", false],
  ])("%s", (_name, service, digital, expected) => {
    expect(isDigitalServiceInvolved([staff(service, "2026-03", 1)], digital)).toBe(expected);
  });
  it("no team row at all", () => {
    expect(isDigitalServiceInvolved([], "Usages numériques")).toBe(false);
  });
});

describe("capacityIndex", () => {
  it("sums repeated rows and keeps the first row's position", () => {
    const idx = capacityIndex([capacity("Voirie", "2026-03", 5, 7), capacity("voirie", "2026-03", 3, 9)]);
    expect(idx.get("voirie|2026-03")).toEqual({ available: 8, row: 7 });
  });
});

describe("computeStaffing", () => {
  const team = [
    staff("Usages numériques", "2026-03", 5, 4),
    staff("usages  numeriques", "2026-03", 3, 1),
    staff("Direction des finances", "2026-04", 10, 2),
    staff("Voirie", "2026-03", 4),
    staff("Urbanisme", "2026-05", 0),
    staff("Usages numériques", "2026-02", 2),
  ];
  const caps = [
    capacity("Usages Numériques", "2026-03", 6, 2),
    capacity("usages numériques", "2026-03", 2, 3),
    capacity("Direction des finances", "2026-04", 5, 4),
    capacity("Voirie", "2026-03", 0, 5),
    capacity("Urbanisme", "2026-05", 0, 6),
    capacity("Espaces verts", "2026-03", 10, 7),
  ];
  const { staffing, issues } = computeStaffing(project(), team, caps, LAYOUT);

  it("load per service × month, sorted by service then month, capacity summed", () => {
    expect(staffing.load).toEqual([
      { service: "Direction des finances", month: "2026-04", planned: 10, actual: 2, capacity: 5, load: 2 },
      { service: "Urbanisme", month: "2026-05", planned: 0, actual: 0, capacity: 0, load: null },
      { service: "Usages numériques", month: "2026-02", planned: 2, actual: 0, capacity: null, load: null },
      { service: "Usages numériques", month: "2026-03", planned: 8, actual: 5, capacity: 8, load: 1 },
      { service: "Voirie", month: "2026-03", planned: 4, actual: 0, capacity: 0, load: null },
    ]);
  });

  it("services mobilised and digital involvement", () => {
    expect(staffing.services).toEqual(["Direction des finances", "Urbanisme", "Usages numériques", "Voirie"]);
    expect(staffing.digitalServiceInvolved).toBe(true);
  });

  it("STAFF_OVERLOAD when planned > capacity (capacity 0 included), at the first Capacité row's cell", () => {
    expect(issues).toEqual([
      {
        code: "STAFF_OVERLOAD",
        sheet: "Capacité",
        cell: "C4",
        params: { service: "Direction des finances", month: "2026-04", planned: 10, capacity: 5 },
      },
      {
        code: "STAFF_OVERLOAD",
        sheet: "Capacité",
        cell: "C5",
        params: { service: "Voirie", month: "2026-03", planned: 4, capacity: 0 },
      },
    ]);
  });

  it("no Capacité tab: capacity and load null, no overload, cell null", () => {
    const r = computeStaffing(project(), [staff("Voirie", "2026-03", 4)], [], {});
    expect(r.staffing.load).toEqual([
      { service: "Voirie", month: "2026-03", planned: 4, actual: 0, capacity: null, load: null },
    ]);
    expect(r.issues).toEqual([]);
  });

  // Rows are summed in maps nested by service then month, each level sorted on its own.
  it.each<[string, ReturnType<typeof staff>[], string[]]>([
    [
      "services by normalized name, each one's months in order, whatever the row order",
      [staff("voirie", "2026-05", 1), staff("Bâtiments", "2026-07", 1), staff("VOIRIE", "2026-01", 1)],
      ["Bâtiments 2026-07 1", "voirie 2026-01 1", "voirie 2026-05 1"],
    ],
    [
      "one month of two spellings of a service summed, the first spelling named",
      [staff("Voirie ", "2026-03", 1.5), staff("voirie", "2026-03", 2)],
      ["Voirie 2026-03 3.5"],
    ],
    [
      "a service's months in reverse order, and a month twice",
      [
        staff("Voirie", "2026-12", 1),
        staff("Voirie", "2026-03", 1),
        staff("Voirie", "2025-07", 1),
        staff("Voirie", "2026-03", 2),
        staff("Voirie", "2026-01", 1),
      ],
      ["Voirie 2025-07 1", "Voirie 2026-01 1", "Voirie 2026-03 3", "Voirie 2026-12 1"],
    ],
    [
      "an accented name sorted by its normalized key",
      [staff("Éclairage", "2026-03", 1), staff("Eau", "2026-03", 1)],
      ["Eau 2026-03 1", "Éclairage 2026-03 1"],
    ],
  ])("%s", (_name, rows, expected) => {
    const r = computeStaffing(project(), rows, [], {});
    expect(r.staffing.load.map((c) => `${c.service} ${c.month} ${c.planned}`)).toEqual(expected);
  });

  it("any team: one cell per service × month, in (service, month) order, days summed", () => {
    const row = fc.tuple(
      fc.constantFrom("Voirie", "voirie ", "Éclairage", "Eau", "DSI"),
      fc.constantFrom("2025-11", "2025-12", "2026-01", "2026-02", "2026-10"),
      fc.integer({ min: 0, max: 9 }),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const load = computeStaffing(
          project(),
          rows.map(([s, m, d]) => staff(s, m, d)),
          [],
          {},
        ).staffing.load;
        const keys = load.map((c) => [normalizeName(c.service), c.month] as const);
        const sorted = [...keys].sort(([s1, m1], [s2, m2]) =>
          s1 < s2 ? -1 : s1 > s2 ? 1 : m1 < m2 ? -1 : m1 > m2 ? 1 : 0,
        );
        expect(keys).toEqual(sorted);
        expect(new Set(keys.map((k) => k.join("|"))).size).toBe(keys.length);
        expect(load.reduce((sum, c) => sum + c.planned, 0)).toBe(rows.reduce((sum, [, , d]) => sum + d, 0));
      }),
    );
  });

  it("digital service absent", () => {
    const r = computeStaffing(
      project({ digitalService: "Usages numériques" }),
      [staff("Voirie", "2026-03", 1)],
      [],
      LAYOUT,
    );
    expect(r.staffing.digitalServiceInvolved).toBe(false);
  });
});
