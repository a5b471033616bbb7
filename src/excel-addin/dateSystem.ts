/**
 * The workbook's date system, read in the same request as its data. Excel stores a date as a
 * serial number counted from 1900-01-00 or, in a workbook set to the 1904 date system (old Excel
 * for Mac files), from 1904-01-01: the same serial is then a date 1 462 days later (ECMA-376
 * Part 1, §18.17.4.1 "Date Representation": 1904-01-01 is serial 1462 in the first, 0 in the
 * second).
 *
 * `Workbook.use1904DateSystem` would say it, but it is a preview API ("ExcelApi BETA (PREVIEW
 * ONLY)" in the reference; in no released requirement set, not in @types/office-js), which the
 * production office.js does not have. The worksheet function DATE does, since ExcelApi 1.2
 * (`workbook.functions.date`, "year: a number from 1900 or 1904 (depending on the workbook's date
 * system)"): DATE(1904; 1; 1) is 1462 in a 1900 workbook and 0 in a 1904 one. Nothing is written
 * to evaluate it, and it costs no request of its own.
 */

/** 1900: every Excel since 2011 by default; 1904: workbooks set so (Excel for Mac before 2011). */
export type DateSystem = 1900 | 1904;

/** Days between the two systems' serials of one date. */
export const DAYS_1900_TO_1904 = 1462;

/**
 * Queues the probe in `context`; the returned function answers after the next `context.sync()`.
 * An answer other than 0 or 1462 (an error) falls back on 1900, Excel's default.
 * @example const system = queueDateSystem(context); await context.sync(); system() // 1900
 */
export function queueDateSystem(context: Excel.RequestContext): () => DateSystem {
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value,error");
  return () => (probe.value === 0 ? 1904 : 1900);
}

/** The workbook-system serial of a 1900-system serial. */
export function from1900(serial: number, system: DateSystem): number {
  return system === 1904 ? serial - DAYS_1900_TO_1904 : serial;
}
