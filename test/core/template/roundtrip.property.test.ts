import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, isoToSerial, toDayNumber } from "../../../src/core/dates.js";
import type { ExampleProject, ExampleStep } from "../../../src/core/examples/types.js";
import { parseWorkbook } from "../../../src/core/parse/index.js";
import { ENUMS } from "../../../src/core/template/columns.js";
import { exampleGrid } from "../../../src/core/template/grid.js";
import type { Cell, Lang, WorkbookGrid } from "../../../src/core/types.js";

const text = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9](?:[A-Za-zÀ-ÿ0-9 '’()/-]{0,18}[A-Za-zÀ-ÿ0-9)])?$/);
const orNull = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const day0 = toDayNumber("2025-01-01");
const date = fc.integer({ min: 0, max: 1500 }).map((d) => fromDayNumber(day0 + d));
const amount = fc.integer({ min: 0, max: 500_000_000 }).map((c) => c / 100);
const month = fc
  .tuple(fc.integer({ min: 2025, max: 2029 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);
const pick = <T extends string>(values: readonly T[]) => fc.constantFrom(...values);
const enumOf = (key: keyof typeof ENUMS) => pick(ENUMS[key].map((v) => v.value));

const steps: fc.Arbitrary<ExampleStep[]> = fc
  .array(
    fc.record({
      name: text,
      objective: orNull(text),
      actor: orNull(text),
      start: date,
      length: fc.integer({ min: 0, max: 200 }),
      actualFinish: fc.boolean(),
      forecastFinish: orNull(date),
      percentComplete: orNull(fc.integer({ min: 0, max: 100 }).map((p) => p / 100)),
      milestone: fc.boolean(),
      budget: orNull(amount),
      predecessors: fc.array(fc.nat(), { maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((rows) =>
    rows.map((r, i) => {
      const finish = fromDayNumber(toDayNumber(r.start) + r.length);
      const earlier = [...new Set(r.predecessors.filter((p) => p < i))].map((p) => `E${p + 1}`);
      return {
        id: `E${i + 1}`,
        name: r.name,
        objective: r.objective,
        actor: r.actor,
        baselineStart: r.start,
        baselineFinish: finish,
        actualStart: r.actualFinish ? r.start : null,
        actualFinish: r.actualFinish ? finish : null,
        forecastFinish: r.forecastFinish,
        percentComplete: r.percentComplete,
        predecessors: earlier,
        milestone: r.milestone,
        budget: r.budget,
      };
    }),
  );

const project: fc.Arbitrary<ExampleProject> = steps.chain((s) => {
  const stepId = orNull(pick(s.map((x) => x.id)));
  return fc.record({
    file: fc.constant("x.xlsx"),
    project: fc.record({
      code: text,
      title: text,
      rationale: orNull(text),
      objectives: orNull(text),
      status: enumOf("status") as fc.Arbitrary<ExampleProject["project"]["status"]>,
      lead: text,
      leadService: text,
      sponsor: orNull(text),
      steeringCommittee: fc.array(text, { maxLength: 4 }),
      digitalService: text,
      statusDate: date,
      holidays: enumOf("holidays") as fc.Arbitrary<ExampleProject["project"]["holidays"]>,
      programmeAuthorisation: orNull(amount),
      fctvaRate: fc.integer({ min: 0, max: 100_000 }).map((x) => x / 100_000),
      fctvaTiming: enumOf("fctvaTiming") as fc.Arbitrary<ExampleProject["project"]["fctvaTiming"]>,
      ownerShareWaiver: fc.boolean(),
    }),
    validation: fc.array(
      fc.record({
        stage: text,
        body: orNull(text),
        plannedDate: orNull(date),
        decisionDate: orNull(date),
        decision: orNull(enumOf("decision")) as fc.Arbitrary<ExampleProject["validation"][number]["decision"]>,
      }),
      { maxLength: 4 },
    ),
    steps: fc.constant(s),
    budget: fc.array(
      fc
        .record({
          line: text,
          section: enumOf("section"),
          type: enumOf("flow"),
          year: fc.integer({ min: 2020, max: 2035 }),
          account: orNull(fc.stringMatching(/^[1-7][0-9]{1,5}$/)),
          service: orNull(text),
          step: stepId,
          funder: orNull(text),
          fctva: fc.boolean(),
          initial: amount,
          open: amount,
          committed: amount,
          paid: amount,
          forecast: amount,
        })
        .map((l) => l as ExampleProject["budget"][number]),
      { maxLength: 8 },
    ),
    funding: fc.array(
      fc
        .record({
          funder: text,
          scheme: orNull(text),
          category: enumOf("fundingCategory"),
          eligibleBase: orNull(amount),
          rate: orNull(fc.integer({ min: 0, max: 10_000 }).map((x) => x / 10_000)),
          requested: orNull(amount),
          filedOn: orNull(date),
          awarded: orNull(amount),
          awardedOn: orNull(date),
          received: amount,
          status: enumOf("fundingStatus"),
          startBy: orNull(date),
          completeBy: orNull(date),
        })
        .map((f) => f as NonNullable<ExampleProject["funding"]>[number]),
      { maxLength: 6 },
    ),
    team: fc.array(
      fc.record({
        service: text,
        person: orNull(text),
        step: stepId,
        month,
        planned: fc.integer({ min: 0, max: 80 }).map((d) => d / 2),
        actual: fc.integer({ min: 0, max: 80 }).map((d) => d / 2),
      }),
      { maxLength: 10 },
    ),
    capacity: fc.array(fc.record({ service: text, month, available: fc.integer({ min: 0, max: 400 }) }), {
      maxLength: 5,
    }),
    indicators: fc.array(
      fc.record({
        name: text,
        unit: orNull(text),
        baseline: orNull(fc.integer({ min: -10_000, max: 1_000_000 }).map((x) => x / 10)),
        target: orNull(fc.integer({ min: -10_000, max: 1_000_000 }).map((x) => x / 10)),
        measured: orNull(fc.integer({ min: -10_000, max: 1_000_000 }).map((x) => x / 10)),
        measuredOn: orNull(date),
        direction: enumOf("trend") as fc.Arbitrary<"hausse" | "baisse">,
      }),
      { maxLength: 4 },
    ),
  }) as fc.Arbitrary<ExampleProject>;
});

/** Office.js gives date cells as 1900-system serial numbers. */
function asOfficeJs(grid: WorkbookGrid): WorkbookGrid {
  const cell = (c: Cell): Cell => (c !== null && typeof c === "object" && c.kind === "date" ? isoToSerial(c.iso) : c);
  return { sheets: grid.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map(cell)) })) };
}

function withoutRows(p: ReturnType<typeof parseWorkbook>["fiche"]) {
  const strip = <T extends { row: number }>(xs: readonly T[]) => xs.map(({ row: _r, ...rest }) => rest);
  return {
    project: p.project,
    validation: strip(p.validation),
    steps: strip(p.steps),
    budget: strip(p.budget),
    funding: strip(p.funding),
    team: strip(p.team),
    capacity: strip(p.capacity),
    indicators: strip(p.indicators),
  };
}

describe("template writer + parser round trip (property)", () => {
  it.each([
    ["fr", false],
    ["en", false],
    ["fr", true],
  ] as const)(
    "lang %s, dates as serials %s: any fiche written is read back unchanged, without issue",
    (lang: Lang, serials) => {
      fc.assert(
        fc.property(project, (p) => {
          const grid = exampleGrid(p, lang);
          const parsed = parseWorkbook(serials ? asOfficeJs(grid) : grid);
          expect(parsed.issues).toEqual([]);
          const { file: _f, ...data } = p;
          expect(withoutRows(parsed.fiche)).toEqual(data);
        }),
        { numRuns: 80 },
      );
    },
  );
});
