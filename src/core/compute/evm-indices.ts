/** Earned-value indices from the four base figures (SPEC §3 Earned value). */
import type { EvmResult } from "../types.js";
import { ratio } from "./ratio.js";

/**
 * CV = EV − AC, SV = EV − PV, CPI = EV/AC, SPI = EV/PV, EAC = BAC/CPI, ETC = EAC − AC,
 * VAC = BAC − EAC, TCPI = (BAC − EV)/(BAC − AC); null wherever a divisor is 0 (or a null input).
 * @example evmIndices({ bac: 4000, pv: 3000, ev: 2500, ac: 2800 }).eac // 4480
 */
export function evmIndices(base: { bac: number; pv: number; ev: number; ac: number }): EvmResult {
  const { bac, pv, ev, ac } = base;
  const cpi = ratio(ev, ac);
  const eac = cpi === null ? null : ratio(bac, cpi);
  return {
    bac,
    pv,
    ev,
    ac,
    cv: ev - ac,
    sv: ev - pv,
    cpi,
    spi: ratio(ev, pv),
    eac,
    etc: eac === null ? null : eac - ac,
    vac: eac === null ? null : bac - eac,
    tcpi: ratio(bac - ev, bac - ac),
  };
}
