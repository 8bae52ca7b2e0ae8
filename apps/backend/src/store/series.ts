import type { Queryable } from "./db.ts";

export interface SeriesRow {
  id: number;
  metric: string;
  labels: Record<string, string>;
}

export async function findSeries(
  db: Queryable,
  orgId: string,
  targetId: string,
  metrics: string[],
): Promise<SeriesRow[]> {
  const { rows } = await db.query<SeriesRow>(
    `select id, metric, labels from series
      where org_id = $1 and target_id = $2 and metric = any($3::text[])
      order by metric, labels::text`,
    [orgId, targetId, metrics],
  );
  return rows;
}

export type Tier = "raw" | "1m" | "1h";

export interface Segment {
  tier: Tier;
  /** epoch seconds, [from, to) */
  from: number;
  to: number;
}

/** Aggregates of one series in one chart bucket `i`, merged over every segment that fed it. */
export interface BucketRow {
  series_id: number;
  i: number;
  count: number;
  sum: number;
  min: number;
  max: number;
  increase: number;
  elapsed: number;
  resets: number;
}

const ROLLUP_TABLES = { "1m": "points_1m", "1h": "points_1h" } as const;
// Counter steps of the first raw samples of a segment start from the sample before it.
const RAW_LOOKBACK_SECONDS = 15 * 60;

function segmentSql(seg: Segment, n: number): string {
  const bucket = (col: string) =>
    `floor((date_part('epoch', ${col}) - $3::float8) / $4::float8)::int`;
  if (seg.tier !== "raw") {
    return `select series_id, ${bucket("bucket")} as i, count, sum, min, max, increase, elapsed, resets
      from ${ROLLUP_TABLES[seg.tier]}
     where org_id = $1 and series_id = any($2::bigint[]) and bucket >= to_timestamp($${n}::float8) and bucket < to_timestamp($${n + 1}::float8)`;
  }
  return `select series_id, ${bucket("ts")} as i, 1 as count, value as sum, value as min, value as max,
           case when delta >= 0 then delta else 0 end as increase,
           case when delta >= 0 then dt else 0 end as elapsed,
           case when delta < 0 then 1 else 0 end as resets
      from (select series_id, ts, value, value - lag(value) over w as delta,
                   date_part('epoch', ts - lag(ts) over w) as dt
              from points
             where org_id = $1 and series_id = any($2::bigint[])
               and ts >= to_timestamp($${n}::float8 - ${RAW_LOOKBACK_SECONDS}) and ts < to_timestamp($${n + 1}::float8)
            window w as (partition by series_id order by ts)) r
     where ts >= to_timestamp($${n}::float8)`;
}

/**
 * Chart buckets of `step` seconds from `start` (epoch seconds) for the series, each segment read
 * from its tier and all merged per bucket in one statement.
 */
export async function readBuckets(
  db: Queryable,
  orgId: string,
  seriesIds: number[],
  q: { start: number; step: number; segments: Segment[] },
): Promise<BucketRow[]> {
  if (seriesIds.length === 0 || q.segments.length === 0) return [];
  const params: unknown[] = [orgId, seriesIds, q.start, q.step];
  const parts = q.segments.map((seg) => {
    params.push(seg.from, seg.to);
    return segmentSql(seg, params.length - 1);
  });
  const { rows } = await db.query<BucketRow>(
    `select series_id, i, sum(count)::int as count, sum(sum)::float8 as sum, min(min) as min,
            max(max) as max, sum(increase)::float8 as increase, sum(elapsed)::float8 as elapsed,
            sum(resets)::int as resets
       from (${parts.join("\n union all\n")}) x
      group by series_id, i`,
    params,
  );
  return rows;
}
