/** The working-day calendar (SPEC §3 Working days). */
export { addWorkingDays } from "./add-working-days.js";
export { easterSunday } from "./easter.js";
export { holidaysOf } from "./holidays.js";
export { isWorkingDay, nextWorkingDay } from "./working-day.js";
export { stepDuration, workingDaysBetween } from "./working-days-between.js";
