/**
 * The sidebar's host over a `google.script.run` stand-in: what the panel shows for each way a call
 * can fail, including those only the page sees (the runtime killing an execution at 6 minutes,
 * a lost connection), and that none of them gets the panel's generic advice on top.
 */
import { describe, expect, it } from "vitest";
import { messageText } from "../../src/apps-script/messages.js";
import { createSheetsHost, type ScriptRunner, type SidebarRole } from "../../src/apps-script/sidebar/host.js";
import type { Lang } from "../../src/core/types.js";
import { failure } from "../../src/panel/state.js";

/** A `google.script.run` whose every function fails with `message` (or lacks `missing`). */
function failingRunner(message: string, names: readonly string[]): ScriptRunner {
  const runner = (onFailure: ((e: unknown) => void) | null): ScriptRunner => {
    const api: Record<string, unknown> = {
      withSuccessHandler: () => runner(onFailure),
      withFailureHandler: (f: (e: unknown) => void) => runner(f),
    };
    for (const name of names) api[name] = () => queueMicrotask(() => onFailure?.(new Error(message)));
    return api as unknown as ScriptRunner;
  };
  return runner(null);
}

const LEAD = ["ficheProjetSummary", "ficheProjetCheck", "ficheProjetCompute", "ficheProjetCreateTemplate"];
const DIRECTION = ["ficheProjetSummary", "ficheProjetConsolidateFolder", "ficheProjetContinue"];

async function failureShown(role: SidebarRole, message: string, lang: Lang): Promise<readonly string[]> {
  const host = createSheetsHost(failingRunner(message, role === "lead" ? LEAD : DIRECTION), { role });
  const run = role === "lead" ? host.compute(lang) : host.consolidate({ folderId: "1Abc" }, lang, () => {});
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  return failure(lang, error, true).lines;
}

describe("what the sidebar shows when google.script.run fails", () => {
  it.each([
    [
      "the lead's execution killed at 6 minutes",
      "lead",
      "Exceeded maximum execution time",
      "fr",
      messageText("TIME_LIMIT", { role: "lead" }, "fr"),
    ],
    [
      "a consolidation batch killed at 6 minutes",
      "direction",
      "Exceeded maximum execution time",
      "en",
      messageText("TIME_LIMIT", { role: "direction" }, "en"),
    ],
    [
      "the connection lost",
      "lead",
      "NetworkError: Connection failure due to HTTP 0",
      "en",
      messageText("CONNECTION", { message: "NetworkError: Connection failure due to HTTP 0" }, "en"),
    ],
    [
      "the script's own sentence, as it is",
      "lead",
      messageText("LOCK_BUSY", {}, "en"),
      "en",
      messageText("LOCK_BUSY", {}, "en"),
    ],
  ] as const)("%s", async (_edge, role, message, lang, expected) => {
    const prefix = lang === "fr" ? "Échec : " : "Failed: ";
    expect(await failureShown(role, message, lang)).toEqual([`${prefix}${expected}`]);
  });

  it("Consolider asked of the lead's script says where consolidation lives (no call made)", async () => {
    const host = createSheetsHost(failingRunner("never", LEAD), { role: "lead" });
    const error = await host.consolidate({ folderId: "1Abc" }, "fr", () => {}).catch((e: unknown) => e);
    expect(failure("fr", error, true).lines).toEqual([`Échec : ${messageText("CONSOLIDATE_NOT_HERE", {}, "fr")}`]);
  });

  it("an error from elsewhere (the Excel host, a bug) still gets the generic advice", () => {
    expect(failure("en", new Error("boom"), true).lines).toHaveLength(2);
  });
});
