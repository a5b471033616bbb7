import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderChecksDoc } from "../../../src/core/messages/doc.js";
import { ISSUE_CODES } from "../../../src/core/messages/index.js";

const file = join(dirname(fileURLToPath(import.meta.url)), "../../../docs/checks.md");

describe("docs/checks.md", () => {
  if (process.env.UPDATE_DOCS) writeFileSync(file, renderChecksDoc());

  it("is generated from the catalogue (UPDATE_DOCS=1 to rewrite it)", () => {
    expect(readFileSync(file, "utf8")).toBe(renderChecksDoc());
  });

  it("lists every code", () => {
    const doc = renderChecksDoc();
    for (const code of ISSUE_CODES) expect(doc).toContain(`### \`${code}\``);
  });
});
