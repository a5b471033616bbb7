/**
 * The Sheets implementation of the panel's host, over `google.script.run`: each method calls a
 * top-level function of Code.js. Only plain objects and ISO date strings cross that boundary.
 */
import type { ConsolidationStatus } from "../../core/app/index.js";
import type { CheckDocument, Lang } from "../../core/types.js";
import type { ConsolidateOutcome, PanelHost, PanelStep, ProjectSummary, WriteOutcome } from "../../panel/host.js";

/** The shape of `google.script.run` (each call needs a fresh chain of handlers). */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  readonly [name: string]: unknown;
}

const NOT_HERE: Record<Lang, string> = {
  fr: "La consolidation d'un dossier Drive se fait depuis le classeur de la direction (son propre script, qui a accès à Drive) : ce classeur-ci n'a accès qu'à lui-même.",
  en: "Consolidating a Drive folder is done from the direction's spreadsheet (its own script, with Drive access): this one can only access itself.",
};

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === "object" && "message" in error) return String((error as { message: unknown }).message);
  return String(error);
}

/**
 * A {@link PanelHost} over `google.script.run`.
 * @example mountPanel(root, createSheetsHost(google.script.run))
 */
export function createSheetsHost(
  run: ScriptRunner,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): PanelHost {
  const has = (name: string) => typeof run[name] === "function";
  function call<T>(name: string, ...args: unknown[]): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const runner = run
        .withSuccessHandler((value) => resolve(value as T))
        .withFailureHandler((error) => {
          reject(new Error(messageOf(error)));
        });
      const fn = runner[name];
      if (typeof fn !== "function") {
        reject(new Error(`${name} is not available in this Apps Script project`));
        return;
      }
      (fn as (...a: unknown[]) => void).apply(runner, args);
    });
  }

  return {
    kind: "sheets",
    summary: () => call<ProjectSummary>("ficheProjetSummary"),
    createTemplate: (lang) => call<WriteOutcome>("ficheProjetCreateTemplate", lang),
    check: (lang) => call<CheckDocument>("ficheProjetCheck", lang),
    compute: (lang) =>
      call<{ document: CheckDocument; outcome: WriteOutcome; steps: PanelStep[] }>("ficheProjetCompute", lang),
    selectCell: (sheet, cell) => call<void>("ficheProjetSelect", sheet, cell),
    async consolidate(input, lang, progress): Promise<ConsolidateOutcome> {
      if (!has("ficheProjetConsolidateFolder")) throw new Error(NOT_HERE[lang]);
      if (!input.folderId) throw new Error(lang === "en" ? "Give a Drive folder." : "Indiquez un dossier Drive.");
      let status = await call<ConsolidationStatus>("ficheProjetConsolidateFolder", input.folderId, lang);
      // Each call is one execution (≤ 6 min); the triggers continue too, the lock keeps them apart.
      while (status.state === "running" || status.state === "busy") {
        if (status.state === "running") progress(status.processed, status.total, "");
        else await wait(5000);
        status = await call<ConsolidationStatus>("ficheProjetContinue");
      }
      return {
        projects: status.projects,
        failures: status.failures,
        written: status.written,
        refused: status.refused,
      };
    },
  };
}
