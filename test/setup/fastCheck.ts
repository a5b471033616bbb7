/**
 * fast-check's seed for every property test. Locally each run draws a new seed, so the
 * properties keep exploring (a failure prints its seed and path to replay). In CI the seed is
 * fixed, so that the gate is reproducible: a red CI run fails again on rerun, with the same
 * counterexample. `FICHE_FC_SEED=<n>` forces a seed anywhere (to replay a failure).
 */
import fc from "fast-check";

/** The seed CI runs with (any fixed number would do). */
export const CI_SEED = 20261201;

const forced = process.env.FICHE_FC_SEED;
const seed = forced !== undefined && forced !== "" ? Number(forced) : process.env.CI ? CI_SEED : undefined;
if (seed !== undefined && Number.isFinite(seed)) fc.configureGlobal({ seed });
