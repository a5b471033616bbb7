/**
 * The plan de financement of a check document (SPEC §5.4 `funding`), read structurally: the
 * comparison works on documents with and without it (before template v2 there is none), and a
 * document whose block lacks a figure gives null for that figure rather than failing.
 */
import { roundMoney, roundRatio } from "../output/round.js";
import { matchKey } from "../portfolio/normalize.js";
import type { FunderSnapshot, FundingSnapshot } from "./types.js";

type Json = Readonly<Record<string, unknown>>;

const isRecord = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const money = (o: Json, key: string): number | null => (typeof o[key] === "number" ? roundMoney(o[key]) : null);
const text = (o: Json, key: string): string | null => (typeof o[key] === "string" && o[key] !== "" ? o[key] : null);

/** The name a funder row is matched and shown by: `Financeur — Dispositif`, or the funder alone. */
function funderName(row: Json): string | null {
  const funder = text(row, "funder");
  if (funder === null) return null;
  const scheme = text(row, "scheme");
  return scheme === null ? funder : `${funder} — ${scheme}`;
}

/**
 * The funders of `byFunder`, rows sharing funder and scheme added up (two DETR tranches are one
 * DETR), their statuses joined when they differ, in first-row order.
 */
function fundersOf(rows: unknown): FunderSnapshot[] {
  const byKey = new Map<string, { name: string; statuses: string[]; sums: [number, number, number, number] }>();
  for (const row of Array.isArray(rows) ? rows : []) {
    if (!isRecord(row)) continue;
    const name = funderName(row);
    if (name === null) continue;
    const key = matchKey(name);
    const entry = byKey.get(key) ?? { name, statuses: [], sums: [0, 0, 0, 0] };
    const status = text(row, "status");
    if (status !== null && !entry.statuses.includes(status)) entry.statuses.push(status);
    (["requested", "awarded", "received", "expected"] as const).forEach((k, i) => {
      entry.sums[i] = (entry.sums[i] ?? 0) + (money(row, k) ?? 0);
    });
    byKey.set(key, entry);
  }
  return [...byKey.values()].map(({ name, statuses, sums }) => ({
    name,
    status: statuses.length === 0 ? null : statuses.join(" + "),
    requested: roundMoney(sums[0]),
    awarded: roundMoney(sums[1]),
    received: roundMoney(sums[2]),
    expected: roundMoney(sums[3]),
  }));
}

/**
 * The funding figures of a document's `funding` block, or null when there is none.
 * @example fundingSnapshotOf(undefined) // null
 * @example fundingSnapshotOf({ expected: 1000, received: 250 })?.received // 250
 */
export function fundingSnapshotOf(block: unknown): FundingSnapshot | null {
  if (!isRecord(block)) return null;
  const rate = block.publicAidRate;
  return {
    requested: money(block, "requested"),
    awarded: money(block, "awarded"),
    received: money(block, "received"),
    expected: money(block, "expected"),
    toReceive: money(block, "toReceive"),
    ownerShare: money(block, "ownerShare"),
    publicAidRate: typeof rate === "number" ? roundRatio(rate) : null,
    funders: fundersOf(block.byFunder),
  };
}
