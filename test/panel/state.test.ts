/** The panel's transitions, without a DOM: what each click and host answer does to the state. */
import { describe, expect, it } from "vitest";
import { checkWorkbook } from "../../src/core/app/index.js";
import { toCheckDocument } from "../../src/core/output/checkDocument.js";
import type { PanelStep } from "../../src/panel/host.js";
import { ActionableError } from "../../src/panel/host.js";
import { failure, initialState, nextState, type PanelEvent, type PanelState } from "../../src/panel/state.js";
import { makeAnalysis } from "../core/output/fixtures.js";

const doc = toCheckDocument(makeAnalysis());
const steps: PanelStep[] = [
  {
    id: "E1",
    name: "Étude",
    baselineStart: "2026-01-05",
    baselineFinish: "2026-02-27",
    forecastStart: "2026-01-05",
    forecastFinish: "2026-03-13",
    late: true,
    critical: true,
    milestone: false,
  },
];
const summary = { hasTemplate: false, code: null, title: null, status: null, statusDate: null };
const blankDoc = checkWorkbook(
  { sheets: [{ name: "Feuil1", rows: [] }] },
  { lang: "fr", today: "2026-11-20" },
).document;
const ok = { ok: true, lines: ["Contrôle terminé."] };
const run = (events: readonly PanelEvent[], from: PanelState = initialState("fr")) => events.reduce(nextState, from);

describe("nextState", () => {
  it.each<[string, readonly PanelEvent[], Partial<PanelState>]>([
    ["nothing happened yet", [], { busy: null, outcome: null, doc: null, computed: false, folderFormOpen: false }],
    ["the language switched", [{ type: "lang", lang: "en" }], { lang: "en" }],
    ["a workbook without template", [{ type: "summary", summary }], { summary, doc: null }],
    [
      "an action starts: busy, the last outcome cleared",
      [
        { type: "finish", outcome: ok },
        { type: "start", action: "check" },
      ],
      { busy: { action: "check" }, outcome: null },
    ],
    [
      "consolidation reports progress",
      [
        { type: "start", action: "consolidate" },
        { type: "progress", done: 1, total: 3 },
      ],
      { busy: { action: "consolidate", done: 1, total: 3 } },
    ],
    [
      "an action ends: not busy, its outcome shown",
      [
        { type: "start", action: "check" },
        { type: "finish", outcome: ok },
      ],
      { busy: null, outcome: ok },
    ],
    [
      "an outcome while busy (a cell that cannot be selected) keeps the action running",
      [
        { type: "start", action: "compute" },
        { type: "outcome", outcome: { ok: false, lines: ["x"] } },
      ],
      { busy: { action: "compute" }, outcome: { ok: false, lines: ["x"] } },
    ],
    [
      "a check adopts the document: issues only, the project line from it",
      [
        { type: "summary", summary },
        { type: "checked", doc },
      ],
      {
        doc,
        computed: false,
        steps: null,
        summary: {
          hasTemplate: true,
          code: doc.project.code,
          title: doc.project.title,
          status: doc.project.status,
          statusDate: doc.project.statusDate,
        },
      },
    ],
    ["a compute shows the figures and the Gantt", [{ type: "computed", doc, steps }], { doc, computed: true, steps }],
    [
      "a check after a compute hides the figures again",
      [
        { type: "computed", doc, steps },
        { type: "checked", doc },
      ],
      { computed: false, steps: null },
    ],
    ["a compute without steps draws no Gantt", [{ type: "computed", doc, steps: null }], { steps: null }],
    [
      "a check of a workbook without the fiche: the project line still says there is none",
      [{ type: "checked", doc: blankDoc }],
      { doc: blankDoc, computed: false, summary: { ...summary, statusDate: blankDoc.project.statusDate } },
    ],
    [
      "Créer la fiche (or Consolider) after a compute: the stale issues and figures go",
      [{ type: "computed", doc, steps }, { type: "toggleGroup", key: "Budget" }, { type: "cleared" }],
      { doc: null, computed: false, steps: null, collapsed: new Set() },
    ],
    [
      "a check after a clear shows that check only",
      [{ type: "computed", doc, steps }, { type: "cleared" }, { type: "checked", doc }],
      { doc, computed: false, steps: null },
    ],
    ["the folder form opens", [{ type: "folderForm", open: true }], { folderFormOpen: true }],
    [
      "the folder form closes",
      [
        { type: "folderForm", open: true },
        { type: "folderForm", open: false },
      ],
      { folderFormOpen: false },
    ],
  ])("%s", (_name, events, expected) => {
    expect(run(events)).toMatchObject(expected);
  });

  it.each<[string, readonly string[], readonly string[]]>([
    ["one group folded", ["Budget"], ["Budget"]],
    ["folded then unfolded", ["Budget", "Budget"], []],
    ["two groups, one unfolded", ["Budget", "Calendrier", "Budget"], ["Calendrier"]],
  ])("toggling issue groups: %s", (_name, keys, folded) => {
    const state = run(keys.map((key) => ({ type: "toggleGroup", key })));
    expect([...state.collapsed]).toEqual(folded);
  });

  it("leaves the state it was given as it was", () => {
    const before = run([{ type: "toggleGroup", key: "Budget" }]);
    const after = run(
      [
        { type: "toggleGroup", key: "Budget" },
        { type: "start", action: "check" },
      ],
      before,
    );
    expect([...before.collapsed]).toEqual(["Budget"]);
    expect(before.busy).toBeNull();
    expect([...after.collapsed]).toEqual([]);
  });
});

describe("failure", () => {
  it.each([
    ["fr", true, ["Échec : classeur fermé", expect.stringContaining("réessayez")]],
    ["fr", false, ["Échec : classeur fermé"]],
    ["en", false, ["Failed: classeur fermé"]],
  ] as const)("%s, with the hint %s", (lang, hint, lines) => {
    expect(failure(lang, new Error("classeur fermé"), hint)).toEqual({ ok: false, lines });
  });

  it.each([
    [
      "an ActionableError: its sentence says what to do, no generic hint",
      new ActionableError("Validez la cellule."),
      1,
    ],
    ["an error merely named so (another realm)", Object.assign(new Error("x"), { name: "ActionableError" }), 1],
    ["a plain Error keeps the hint", new Error("x"), 2],
  ])("%s", (_edge, error, count) => {
    expect(failure("fr", error, true).lines).toHaveLength(count);
  });

  it("a thrown non-Error shows as text", () => {
    expect(failure("en", 404, false).lines).toEqual(["Failed: 404"]);
  });
});
