/** The Projet tab's values as {@link ProjectInfo}, with the defaults of SPEC §1. */
import type { CellValue } from "../../cells/read.js";
import { type ColumnKey, DEFAULT_DIGITAL_SERVICE, DEFAULT_FCTVA_RATE } from "../../template/columns.js";
import type { FctvaTiming, HolidayCalendar, ProjectInfo, Status } from "../../types.js";
import { boolOf, listOf, numberOf, textOf } from "./values.js";

/** Project info from Projet values; an absent tab gives all nulls and defaults. */
export function buildProject(v: Readonly<Partial<Record<ColumnKey<"projet">, CellValue | null>>>): ProjectInfo {
  return {
    code: textOf(v, "code"),
    title: textOf(v, "title"),
    rationale: textOf(v, "rationale"),
    objectives: textOf(v, "objectives"),
    status: textOf(v, "status") as Status | null,
    lead: textOf(v, "lead"),
    leadService: textOf(v, "leadService"),
    sponsor: textOf(v, "sponsor"),
    steeringCommittee: listOf(v, "steeringCommittee"),
    digitalService: textOf(v, "digitalService") ?? DEFAULT_DIGITAL_SERVICE,
    statusDate: textOf(v, "statusDate"),
    holidays: (textOf(v, "holidays") ?? "France") as HolidayCalendar,
    programmeAuthorisation: numberOf(v, "programmeAuthorisation"),
    fctvaRate: numberOf(v, "fctvaRate") ?? DEFAULT_FCTVA_RATE,
    fctvaTiming: (textOf(v, "fctvaTiming") ?? "N") as FctvaTiming,
    ownerShareWaiver: boolOf(v, "ownerShareWaiver", false),
  };
}
