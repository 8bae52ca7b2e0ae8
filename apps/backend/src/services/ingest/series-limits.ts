import type { TenantLimits } from "../../limits-config.ts";
import type { Queryable } from "../../store/db.ts";
import { countSeries, type SeriesKey } from "../../store/ingest.ts";
import { badRequest } from "../errors.ts";

const n = (v: number) => v.toLocaleString("en-US");

/**
 * Refuses new series that would take a target or the organization past its limit. Label values
 * are free text, so without this one payload could create series without end. Requests racing
 * each other can overshoot by at most one batch's new series.
 */
export async function checkSeriesLimits(
  db: Queryable,
  orgId: string,
  fresh: SeriesKey[],
  limits: Pick<TenantLimits, "seriesPerTarget" | "seriesPerOrg">,
): Promise<void> {
  const added = new Map<string, number>();
  for (const k of fresh) added.set(k.targetId, (added.get(k.targetId) ?? 0) + 1);
  const existing = await countSeries(db, orgId, [...added.keys()]);
  for (const [targetId, count] of added) {
    const have = existing.byTarget.get(targetId) ?? 0;
    if (have + count > limits.seriesPerTarget)
      throw badRequest(
        `target ${targetId} has ${n(have)} series and this batch adds ${n(count)}: more than the ${n(limits.seriesPerTarget)} allowed per target (LOGSTAG_MAX_SERIES_PER_TARGET). Label values that change without end (ids, timestamps, query text) make a new series each; nothing was stored`,
      );
  }
  if (existing.total + fresh.length > limits.seriesPerOrg)
    throw badRequest(
      `the organization has ${n(existing.total)} series and this batch adds ${n(fresh.length)}: more than the ${n(limits.seriesPerOrg)} allowed per organization (LOGSTAG_MAX_SERIES_PER_ORG); nothing was stored`,
    );
}
