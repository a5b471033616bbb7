import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextWorkingDay } from "../../../src/core/calendar/index.js";
import { computeProject } from "../../../src/core/compute/index.js";
import { addDays } from "../../../src/core/dates.js";
import type { HolidayCalendar, Step } from "../../../src/core/types.js";
import { fiche, step } from "./fixtures.js";

const ids = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];
const day = fc.integer({ min: 0, max: 200 }).map((n) => addDays("2026-01-01", n));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

/**
 * Any clean step: valid baseline dates, optional actual/forecast dates, any predecessor IDs
 * (unknown, self, cycles). IDs are unique here (duplicates have their own unit test).
 */
const anyStep = (id: string) =>
  fc
    .record({
      start: day,
      length: fc.integer({ min: 0, max: 60 }),
      actualStart: maybe(day),
      actualFinish: maybe(day),
      forecastFinish: maybe(day),
      percent: maybe(fc.double({ min: 0, max: 1, noNaN: true })),
      predecessors: fc.array(fc.constantFrom(...ids, "Z9"), { maxLength: 3 }),
      milestone: fc.boolean(),
    })
    .map(
      (r): Step =>
        step(id, r.start, addDays(r.start, r.length), {
          actualStart: r.actualStart,
          actualFinish: r.actualFinish,
          forecastFinish: r.forecastFinish,
          percentComplete: r.percent,
          predecessors: r.predecessors,
          milestone: r.milestone,
        }),
    );

describe("computeProject on any schedule", () => {
  it("never throws, and the schedule's invariants hold", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }).chain((n) => fc.tuple(...ids.slice(0, n).map(anyStep))),
        day,
        fc.constantFrom<HolidayCalendar>("France", "Alsace-Moselle", "aucun"),
        (steps, statusDate, holidays) => {
          const { results } = computeProject(fiche({ steps, project: { holidays } }), { statusDate });
          const s = results.schedule;
          const byId = new Map(s.steps.map((r) => [r.id, r]));
          for (const r of s.steps) {
            if (!r.finished) expect(r.forecastFinish >= statusDate).toBe(true);
            if (r.critical) expect(s.criticalPath).toContain(r.id);
          }
          expect(s.steps.filter((r) => r.critical)).toHaveLength(s.criticalPath.length);
          // A step that waits for its predecessors starts after each of them ends.
          steps.forEach((st, i) => {
            const r = s.steps.find((x) => x.row === st.row);
            if (!r || st.actualFinish !== null || st.actualStart !== null) return;
            for (const p of st.predecessors) {
              const first = steps.find((x) => x.id === p);
              const pr = first && s.steps.find((x) => x.row === first.row);
              if (pr && first !== steps[i])
                expect(r.forecastStart >= nextWorkingDay(pr.forecastFinish, holidays)).toBe(true);
            }
          });
          const finishes = s.criticalPath.map((id) => byId.get(id)?.forecastFinish ?? "");
          expect([...finishes].sort()).toEqual(finishes);
          if (s.steps.length > 0)
            expect(s.forecastFinish).toBe(
              s.steps
                .map((r) => r.forecastFinish)
                .sort()
                .at(-1),
            );
        },
      ),
      { numRuns: 300 },
    );
  });
});
