/**
 * Issue params are typed per code: `npm run typecheck` compiles this file, so each
 * `@ts-expect-error` below fails the typecheck the day a wrong draft or template compiles again.
 */
import { describe, expect, it } from "vitest";
import { formatMessage } from "../../../src/core/messages/index.js";
import { type Catalogue, num, str } from "../../../src/core/messages/params.js";
import type { IssueDraft } from "../../../src/core/types.js";

// Each wrong draft is its own declaration, so that the error lands on its `@ts-expect-error`.
// @ts-expect-error BUDGET_OVERCOMMITTED needs `committed` and `open`
const forgotten: IssueDraft = { code: "BUDGET_OVERCOMMITTED", sheet: "Budget", cell: "L5", params: { line: "L" } };
// @ts-expect-error STEP_UNKNOWN's param is `id`
const misspelt: IssueDraft = { code: "STEP_UNKNOWN", sheet: "Budget", cell: "G4", params: { ID: "E9" } };
// @ts-expect-error TAB_MISSING takes `tab`, not COFINANCING_ABOVE_80's `rate`
const another: IssueDraft = { code: "TAB_MISSING", sheet: "Budget", cell: null, params: { rate: 0.85 } };
// @ts-expect-error EVALUATION_MISSING has no params
const extra: IssueDraft = { code: "EVALUATION_MISSING", sheet: "Évaluation", cell: null, params: { count: 0 } };
const right: IssueDraft = { code: "STEP_UNKNOWN", sheet: "Budget", cell: "G4", params: { id: "E9" } };

describe("a draft carries exactly its code's params", () => {
  it.each([
    ["a forgotten param", forgotten, 'Committed (€NaN) exceeds open credits (€NaN) on "L"'],
    ["a misspelt param", misspelt, 'Unknown step "": no Schedule ID matches'],
    ["another code's params", another, 'Required tab "" is missing'],
    ["a param where the code has none", extra, "Project done but no indicator has a measure: record at least one"],
    ["the right params", right, 'Unknown step "E9": no Schedule ID matches'],
  ])("%s (the runtime still renders what it is given)", (_name, draft, english) => {
    expect(formatMessage(draft, "en")).toBe(english);
  });

  it("a message template reads only its code's params, numbers as numbers", () => {
    const cofinancing: Catalogue["COFINANCING_ABOVE_80"] = (p) => `${num(p, "rate")}`;
    // @ts-expect-error COFINANCING_ABOVE_80 has no `ratio`
    const misspelt: Catalogue["COFINANCING_ABOVE_80"] = (p) => `${num(p, "ratio")}`;
    // @ts-expect-error BUDGET_OVERCOMMITTED's `line` is text, not a number
    const notNumber: Catalogue["BUDGET_OVERCOMMITTED"] = (p) => `${num(p, "line")}`;
    const line: Catalogue["BUDGET_OVERCOMMITTED"] = (p) => str(p, "line");
    expect(cofinancing({ rate: 0.85 })).toBe("0.85");
    expect(misspelt({ rate: 0.85 })).toBe("NaN");
    expect(notNumber({ line: "Travaux", committed: 1, open: 0 })).toBe("NaN");
    expect(line({ line: "Travaux", committed: 1, open: 0 })).toBe("Travaux");
  });
});
