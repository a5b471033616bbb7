/**
 * The shared panel, for the Excel taskpane and the Google Sheets sidebar. Styles: `panel.css`
 * next to this file (link it, or inline it where the page cannot load a second file).
 */
export type {
  ConsolidateOutcome,
  PanelHost,
  PanelOptions,
  PanelStep,
  Progress,
  ProjectSummary,
  WriteOutcome,
} from "./host.js";
export { mountPanel, type PanelHandle } from "./panel.js";
export { STRINGS, t } from "./strings.js";
