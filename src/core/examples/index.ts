/**
 * Six example projects of a French intercommunality, all as of 2026-11-15, and a portfolio
 * capacity table. Used by `template --example`, by the demo portfolio and by the tests.
 *
 * | code | project | status | health (intended) |
 * |---|---|---|---|
 * | MED-2025-01 | médiathèque, AP, DETR/DSIL/Région | en cours | amber (late works lot) |
 * | NUM-2026-02 | portail citoyen | en cours | green |
 * | VOI-2026-01 | programme de voirie | en cours | red (late, overcommitted, no digital service) |
 * | BAT-2026-03 | rénovation énergétique des écoles | en cours | amber (overrun, late lot, overdue vote) |
 * | MOB-2025-04 | plan vélo phase 1 | réalisé | green (indicators measured) |
 * | FS-2027-01 | tiers-lieu France Services | prévu | green (Alsace-Moselle calendar) |
 */
import { ECOLES } from "./ecoles.js";
import { MEDIATHEQUE } from "./mediatheque.js";
import { PORTAIL } from "./portail.js";
import { TIERS_LIEU } from "./tiers-lieu.js";
import type { ExampleProject } from "./types.js";
import { VELO } from "./velo.js";
import { VOIRIE } from "./voirie.js";

export { EXAMPLE_STATUS_DATE } from "./build.js";
export { EXAMPLE_CAPACITY } from "./capacity.js";
export type * from "./types.js";
export { ECOLES, MEDIATHEQUE, PORTAIL, TIERS_LIEU, VELO, VOIRIE };

/** Every example project, in portfolio order. */
export const EXAMPLES: readonly ExampleProject[] = [MEDIATHEQUE, PORTAIL, VOIRIE, ECOLES, VELO, TIERS_LIEU];
