/**
 * The plans de financement of the examples (template v2, SPEC §5.1). Each one matches its
 * project's Budget revenue lines of section Investissement (the Budget stays the accounting
 * view), but the tiers-lieu's, whose CAF grant and sponsor are not in its draft budget yet
 * (FUNDING_BUDGET_MISMATCH, an info). The roads programme's departmental aid must be complete
 * by 31 March 2027 while the works slip to May (FUNDING_COMPLETION_DEADLINE). DETR and DSIL
 * carry their two- and four-year deadlines from notification; other funders' conventions set
 * none here. The portail citoyen has no plan: its Budget revenues stand for it.
 */
import { funding } from "./build.js";
import type { ExampleFundingRow } from "./types.js";

/** Médiathèque: State (DRAC, DETR, DSIL), Région, Département; the FEDER was refused. */
export const MEDIATHEQUE_PLAN: readonly ExampleFundingRow[] = [
  funding({
    funder: "État (DRAC)",
    scheme: "DGD bibliothèques",
    category: "État",
    eligibleBase: 1_300_000,
    rate: 0.4,
    requested: 520_000,
    filedOn: "2024-11-29",
    awarded: 520_000,
    awardedOn: "2025-06-20",
    received: 156_000,
  }),
  funding({
    funder: "État (préfecture)",
    scheme: "DETR",
    category: "État",
    eligibleBase: 1_600_000,
    rate: 0.25,
    requested: 400_000,
    filedOn: "2025-01-31",
    awarded: 400_000,
    awardedOn: "2025-05-12",
    received: 120_000,
    startBy: "2027-05-12",
    completeBy: "2029-05-12",
  }),
  funding({
    funder: "État (préfecture de région)",
    scheme: "DSIL",
    category: "État",
    eligibleBase: 1_000_000,
    rate: 0.25,
    requested: 300_000,
    filedOn: "2025-02-28",
    awarded: 250_000,
    awardedOn: "2025-09-15",
    startBy: "2027-09-15",
    completeBy: "2029-09-15",
  }),
  funding({
    funder: "Région Pays de la Loire",
    scheme: "Équipements culturels structurants",
    category: "Collectivité",
    eligibleBase: 1_500_000,
    rate: 0.2,
    requested: 300_000,
    filedOn: "2025-04-15",
    awarded: 300_000,
    awardedOn: "2025-11-20",
  }),
  funding({
    funder: "Département de la Vendée",
    scheme: "Lecture publique",
    category: "Collectivité",
    requested: 150_000,
    filedOn: "2026-03-02",
  }),
  funding({
    funder: "Union européenne",
    scheme: "FEDER (axe numérique)",
    category: "Europe",
    requested: 90_000,
    filedOn: "2025-10-01",
    status: "refusé",
  }),
];

/** Roads programme: the member communes' fonds de concours and the Département's amendes de police. */
export const VOIRIE_PLAN: readonly ExampleFundingRow[] = [
  funding({
    funder: "Communes membres",
    scheme: "Fonds de concours",
    category: "Collectivité",
    requested: 150_000,
    filedOn: "2026-03-20",
    awarded: 150_000,
    awardedOn: "2026-04-14",
    received: 75_000,
  }),
  funding({
    funder: "Département de la Vendée",
    scheme: "Amendes de police",
    category: "Collectivité",
    eligibleBase: 140_000,
    rate: 0.25,
    requested: 35_000,
    filedOn: "2026-02-13",
    awarded: 35_000,
    awardedOn: "2026-06-30",
    completeBy: "2027-03-31",
  }),
];

/** Schools' energy retrofit: DSIL and Fonds vert on the same works. */
export const ECOLES_PLAN: readonly ExampleFundingRow[] = [
  funding({
    funder: "État (préfecture de région)",
    scheme: "DSIL rénovation énergétique",
    category: "État",
    eligibleBase: 1_520_000,
    rate: 0.25,
    requested: 456_000,
    filedOn: "2026-01-30",
    awarded: 380_000,
    awardedOn: "2026-05-18",
    received: 114_000,
    startBy: "2028-05-18",
    completeBy: "2030-05-18",
  }),
  funding({
    funder: "État (préfecture)",
    scheme: "Fonds vert",
    category: "État",
    eligibleBase: 1_160_000,
    rate: 0.25,
    requested: 290_000,
    filedOn: "2026-02-27",
    awarded: 290_000,
    awardedOn: "2026-07-06",
    startBy: "2028-07-06",
    completeBy: "2030-07-06",
  }),
];

/** Cycling plan, done: the Région and the Département paid in full, the State's balance is due. */
export const VELO_PLAN: readonly ExampleFundingRow[] = [
  funding({
    funder: "État (préfecture)",
    scheme: "Fonds mobilités actives",
    category: "État",
    eligibleBase: 1_120_000,
    rate: 0.25,
    requested: 280_000,
    filedOn: "2025-03-14",
    awarded: 280_000,
    awardedOn: "2025-07-10",
    received: 196_000,
    startBy: "2027-07-10",
    completeBy: "2029-07-10",
  }),
  funding({
    funder: "Région Pays de la Loire",
    scheme: "Plan vélo régional",
    category: "Collectivité",
    requested: 150_000,
    filedOn: "2025-04-30",
    awarded: 150_000,
    awardedOn: "2025-10-16",
    received: 150_000,
    status: "soldé",
  }),
  funding({
    funder: "Département de la Vendée",
    scheme: "Aménagements cyclables",
    category: "Collectivité",
    eligibleBase: 600_000,
    rate: 0.15,
    requested: 90_000,
    filedOn: "2025-05-20",
    awarded: 90_000,
    awardedOn: "2025-09-25",
    received: 90_000,
    status: "soldé",
  }),
];

/** Tiers-lieu, planned: DETR next year, Région and CAF asked for, LEADER and a local sponsor in view. */
export const TIERS_LIEU_PLAN: readonly ExampleFundingRow[] = [
  funding({
    funder: "État (préfecture)",
    scheme: "DETR",
    category: "État",
    eligibleBase: 800_000,
    rate: 0.3,
  }),
  funding({
    funder: "Région Pays de la Loire",
    scheme: "Appel à projets tiers-lieux",
    category: "Collectivité",
    requested: 150_000,
    filedOn: "2026-10-02",
  }),
  funding({
    funder: "Union européenne",
    scheme: "LEADER (GAL du Bocage)",
    category: "Europe",
    requested: 80_000,
  }),
  funding({
    funder: "CAF de la Vendée",
    scheme: "Fonds publics et territoires",
    category: "Autre public",
    requested: 40_000,
    filedOn: "2026-10-20",
  }),
  funding({
    funder: "Coopérative agricole du Bocage",
    scheme: "Mécénat",
    category: "Privé",
    requested: 25_000,
  }),
];
