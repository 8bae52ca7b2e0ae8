import type { Queryable } from "./db.ts";

/** Restricts a rollup to the series of one target (redoing an hour that received late points). */
export interface TargetFilter {
  orgId: string;
  targetId: string;
}

// A counter's first sample in a slice takes its previous sample from the minute buckets this far
// back; the longest regular collection interval (10 min) fits.
export const COUNTER_LOOKBACK = "15 minutes";
const ORIGIN = "2000-01-01 00:00:00+00";

const UPSERT = `on conflict (org_id, series_id, bucket) do update set
  count = excluded.count, sum = excluded.sum, min = excluded.min, max = excluded.max,
  last = excluded.last, last_ts = excluded.last_ts, increase = excluded.increase,
  elapsed = excluded.elapsed, resets = excluded.resets`;

function targetClause(table: string, first: number, filter?: TargetFilter): string {
  if (!filter) return "";
  return `and ${table}.org_id = $${first} and ${table}.series_id in
    (select id from series where org_id = $${first} and target_id = $${first + 1})`;
}

/**
 * Computes the 1-minute buckets of raw points in [from, to) (minute-aligned) and upserts them.
 * Counter steps between consecutive samples: a decrease is a reset (new baseline, no increase).
 */
export async function rollRawToMinutes(
  db: Queryable,
  from: Date,
  to: Date,
  filter?: TargetFilter,
): Promise<number> {
  const params: unknown[] = [from, to];
  if (filter) params.push(filter.orgId, filter.targetId);
  const { rowCount } = await db.query(
    `with slice as (
       select p.org_id, p.series_id, p.ts, p.value from points p
        where p.ts >= $1 and p.ts < $2 ${targetClause("p", 3, filter)}
     ),
     previous as (
       select k.org_id, k.series_id, m.last_ts as ts, m.last as value
         from (select distinct org_id, series_id from slice) k
         cross join lateral (
           select last, last_ts from points_1m
            where org_id = k.org_id and series_id = k.series_id
              and bucket >= $1::timestamptz - interval '${COUNTER_LOOKBACK}' and bucket < $1
            order by bucket desc limit 1
         ) m
     ),
     steps as (
       select org_id, series_id, ts, value, in_slice, bucket,
              value - lag(value) over w as delta,
              date_part('epoch', ts - lag(ts) over w) as dt,
              -- The last sample of its minute: the next one (if any) is in another minute.
              coalesce(lead(bucket) over w <> bucket, true) as closes
         from (select *, date_bin('1 minute', ts, '${ORIGIN}') as bucket
                 from (select *, true as in_slice from slice
                       union all select *, false from previous) u) x
       window w as (partition by org_id, series_id order by ts)
     )
     insert into points_1m as t
       (org_id, series_id, bucket, count, sum, min, max, last, last_ts, increase, elapsed, resets)
     select org_id, series_id, bucket, count(*), sum(value), min(value), max(value),
            max(value) filter (where closes), max(ts),
            coalesce(sum(delta) filter (where delta >= 0), 0),
            coalesce(sum(dt) filter (where delta >= 0), 0),
            count(*) filter (where delta < 0)
       from steps where in_slice
      group by 1, 2, 3
     ${UPSERT}`,
    params,
  );
  return rowCount ?? 0;
}

/** Computes the 1-hour buckets in [from, to) (hour-aligned) from the 1-minute buckets. */
export async function rollMinutesToHours(
  db: Queryable,
  from: Date,
  to: Date,
  filter?: TargetFilter,
): Promise<number> {
  const params: unknown[] = [from, to];
  if (filter) params.push(filter.orgId, filter.targetId);
  const { rowCount } = await db.query(
    `insert into points_1h as t
       (org_id, series_id, bucket, count, sum, min, max, last, last_ts, increase, elapsed, resets)
     select m.org_id, m.series_id, date_bin('1 hour', m.bucket, '${ORIGIN}'),
            sum(m.count), sum(m.sum), min(m.min), max(m.max),
            (array_agg(m.last order by m.bucket desc))[1], max(m.last_ts),
            sum(m.increase), sum(m.elapsed), sum(m.resets)
       from points_1m m
      where m.bucket >= $1 and m.bucket < $2 ${targetClause("m", 3, filter)}
      group by 1, 2, 3
     ${UPSERT}`,
    params,
  );
  return rowCount ?? 0;
}
