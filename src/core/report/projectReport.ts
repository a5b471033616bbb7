/** The generated tabs of a project workbook (SPEC §1 "What the tools write"). */
import type { Analysis, OutputSheet } from "../types.js";
import { buildControls } from "./controls.js";
import { buildSynthesis } from "./synthesis/index.js";

/**
 * `Synthèse` then `Contrôles`, ready for any host to write. Tab names stay French; the words
 * inside follow `analysis.lang`.
 * @example buildProjectReport(analysis).map((s) => s.name) // ["Synthèse", "Contrôles"]
 */
export function buildProjectReport(analysis: Analysis): OutputSheet[] {
  return [buildSynthesis(analysis), buildControls(analysis)];
}
