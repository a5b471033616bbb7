/** The event the playground dispatches on `window` when it loads another workbook. */
export const WORKBOOK_CHANGED = "fiche-projet:workbook-changed";
