import type { Payload } from "@logstag/protocol";
import type { Db } from "../../store/db.ts";
import { firstRetainedPeriod, periodStart } from "../../store/partition-periods.ts";
import { INGEST_TABLES } from "../../store/partitioned-tables.ts";
import { ensurePartitions } from "../../store/partitions.ts";
import { badRequest } from "../errors.ts";

const MAX_AHEAD_MS = 24 * 3_600_000;

// Days known to have their partitions, per store. Retention never drops a day that can still be
// written (older days are filtered out first), so a known day stays valid.
const knownDays = new WeakMap<Db, Set<number>>();

/**
 * Sorts a batch by the days its payloads were collected on: payloads older than raw retention are
 * returned as expired (their points would already be gone); a payload from more than a day ahead
 * is refused; every other day gets its partitions before the transaction starts.
 */
export async function preparePayloadDays(
  db: Db,
  payloads: Payload[],
  rawRetentionDays: number,
  now = new Date(),
): Promise<{ expired: Set<string> }> {
  const oldest = firstRetainedPeriod("day", now, rawRetentionDays).getTime();
  const known = knownDays.get(db) ?? new Set<number>();
  knownDays.set(db, known);
  const expired = new Set<string>();
  const missing = new Set<number>();
  payloads.forEach((p, i) => {
    const t = Date.parse(p.collectedAt);
    if (t > now.getTime() + MAX_AHEAD_MS) {
      throw badRequest(
        `payloads[${i}]: collectedAt ${p.collectedAt} is more than a day ahead of the backend's clock; check the clock of the agent's host`,
      );
    }
    const day = periodStart("day", new Date(t)).getTime();
    if (day < oldest) expired.add(p.payloadId);
    else if (!known.has(day)) missing.add(day);
  });
  for (const day of missing) {
    for (const spec of INGEST_TABLES)
      await ensurePartitions(db, spec, new Date(day), new Date(day));
    known.add(day);
  }
  return { expired };
}
