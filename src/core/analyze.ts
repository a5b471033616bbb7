/**
 * One workbook in, everything the core knows out: parse, check, compute, write the messages.
 * This is the one entry point the CLI, the Excel taskpane and the Apps Script bundle share.
 */
import { checkFiche } from "./checks/index.js";
import { computeProject, withUnreliable } from "./compute/index.js";
import { unreliableDimensions } from "./compute/unreliable.js";
import { formatIssues } from "./messages/index.js";
import { parseWorkbook } from "./parse/index.js";
import type { Analysis, AnalyzeOptions, WorkbookGrid } from "./types.js";

/**
 * Reads, checks and computes a fiche projet.
 * @example analyzeWorkbook(grid, { statusDate: "2026-11-28" }).results.health.overall // "amber"
 */
export function analyzeWorkbook(grid: WorkbookGrid, options: AnalyzeOptions): Analysis {
  const lang = options.lang ?? "fr";
  const parsed = parseWorkbook(grid);
  const statusDate =
    options.statusDateOverride || parsed.fiche.project.statusDate === null
      ? options.statusDate
      : parsed.fiche.project.statusDate;
  const computed = computeProject(parsed.fiche, {
    statusDate,
    ...(options.thresholds ? { thresholds: options.thresholds } : {}),
  });
  const checks = checkFiche(parsed.fiche, { statusDate, funding: computed.results.funding });
  const issues = formatIssues([...parsed.issues, ...checks, ...computed.issues], lang);
  // SPEC §3: a dimension whose data holds an error is « à vérifier », whatever its figure says.
  const health = withUnreliable(computed.results.health, unreliableDimensions(issues));
  return { fiche: parsed.fiche, issues, results: { ...computed.results, health }, lang };
}
