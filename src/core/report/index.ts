/** Generated tabs of a project workbook. */
export { buildControls, CONTROLS_SHEET, issuePlaceCell } from "./controls.js";
export { markText } from "./mark.js";
export { buildProjectReport } from "./projectReport.js";
export { buildSynthesis, SYNTHESIS_SHEET } from "./synthesis/index.js";
