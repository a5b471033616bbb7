/**
 * The template's keys are types: `npm run typecheck` compiles this file, so each
 * `@ts-expect-error` below fails the typecheck the day a misspelt key compiles again.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { cellOf } from "../../../src/core/locate.js";
import { textOf } from "../../../src/core/parse/records/values.js";
import {
  type ColumnKey,
  type ColumnRef,
  columnSpec,
  ENUMS,
  type EnumKey,
  TABS,
  type TabKey,
  type TemplateColumn,
  tabSpec,
} from "../../../src/core/template/columns.js";
import type { Decision, Layout, Status } from "../../../src/core/types.js";
import { templateLayout } from "../checks/helpers.js";

const layout: Layout = templateLayout();

describe("a misspelt key does not compile", () => {
  it("cellOf: a column of another tab, or misspelt", () => {
    // @ts-expect-error "comitted" is not a Budget column
    expect(cellOf(layout, "budget", "comitted", 5)).toEqual({ sheet: "Budget", cell: null });
    // @ts-expect-error "code" is a Projet field, not a Budget column
    expect(cellOf(layout, "budget", "code", 5)).toEqual({ sheet: "Budget", cell: null });
    expect(cellOf(layout, "budget", "committed", 5)).toEqual({ sheet: "Budget", cell: "L5" });
    expect(cellOf(layout, "projet", "code")).toEqual({ sheet: "Projet", cell: "B1" });
  });

  it("tabSpec and columnSpec: an unknown tab or column throws, and does not compile", () => {
    // @ts-expect-error "budgets" is not a tab
    expect(() => tabSpec("budgets")).toThrow("Unknown tab key budgets");
    // @ts-expect-error "baselinStart" is not a Calendrier column
    expect(() => columnSpec("calendrier", "baselinStart")).toThrow("Unknown column calendrier.baselinStart");
    expect(columnSpec("calendrier", "baselineStart").fr).toBe("Début prévu");
  });

  it("the record builders read only their tab's columns", () => {
    const values: Partial<Record<ColumnKey<"equipe">, string>> = { service: "DSI" };
    // @ts-expect-error "services" is not an Équipe column
    expect(textOf(values, "services")).toBeNull();
    expect(textOf(values, "service")).toBe("DSI");
  });

  it("a tab.column reference names a declared column", () => {
    // @ts-expect-error Équipe has no "available" column (Capacité has)
    const wrong: ColumnRef = "equipe.available";
    const right: ColumnRef = "capacite.available";
    expect([wrong, right]).toHaveLength(2);
  });
});

describe("the key types are derived from the declaration", () => {
  it("tab keys: the declared tabs, in a union", () => {
    expectTypeOf<TabKey>().toEqualTypeOf<
      "projet" | "validation" | "calendrier" | "budget" | "financement" | "equipe" | "capacite" | "evaluation"
    >();
    expect(TABS.map((t) => t.key)).toEqual([
      "projet",
      "validation",
      "calendrier",
      "budget",
      "financement",
      "equipe",
      "capacite",
      "evaluation",
    ]);
  });

  it.each(TABS.map((t) => [t.key, t] as const))(
    "%s: column keys are unique, so columnSpec finds each column",
    (_key, tab) => {
      expect(tab.columns.map((c) => columnSpec(tab.key, c.key))).toEqual(tab.columns);
    },
  );

  it("column keys per tab", () => {
    expectTypeOf<ColumnKey<"capacite">>().toEqualTypeOf<"service" | "month" | "available">();
    expectTypeOf<ColumnKey<"validation">>().toEqualTypeOf<
      "stage" | "body" | "plannedDate" | "decisionDate" | "decision"
    >();
  });

  it("list keys: every list a column names is declared, once", () => {
    expectTypeOf<TemplateColumn["enumKey"]>().toEqualTypeOf<EnumKey | undefined>();
    expectTypeOf<EnumKey>().toEqualTypeOf<
      | "status"
      | "holidays"
      | "fctvaTiming"
      | "decision"
      | "section"
      | "flow"
      | "fundingCategory"
      | "fundingStatus"
      | "trend"
      | "yesno"
    >();
    const named = TABS.flatMap((t) => t.columns.flatMap((c) => (c.enumKey ? [c.enumKey] : [])));
    expect(new Set(named)).toEqual(new Set(Object.keys(ENUMS)));
  });

  it("the model's enum types are the lists' canonical values", () => {
    expectTypeOf<Status>().toEqualTypeOf<"prévu" | "en cours" | "réalisé" | "suspendu" | "abandonné">();
    expectTypeOf<Decision>().toEqualTypeOf<"favorable" | "défavorable" | "ajourné" | "en attente">();
    expect(ENUMS.status.map((v) => v.value)).toEqual(["prévu", "en cours", "réalisé", "suspendu", "abandonné"]);
  });
});
