import type { Queryable } from "./db.ts";

export interface SeriesRow {
  id: number;
  metric: string;
  labels: Record<string, string>;
}

/** Which series of the metrics a request reads, beyond its target and metrics. */
export interface SeriesFilter {
  /** Only series carrying this label value, e.g. `{ query: "…" }`. */
  labels?: Record<string, string>;
  /** Only series whose label `label` has one of `values`. */
  labelIn?: { label: string; values: string[] };
}

/**
 * SQL that holds for a series `s` with a sample (raw, or a rollup bucket) in [from, to); `from`
 * and `to` are SQL expressions of epoch seconds.
 */
function sampledIn(from: string, to: string): string {
  const f = `to_timestamp(${from}::float8)`;
  const t = `to_timestamp(${to}::float8)`;
  const sampled = (table: string, column: string, before: number) =>
    `exists (select from ${table} x where x.org_id = s.org_id and x.series_id = s.id
               and x.${column} >= ${f} - interval '${before} seconds' and x.${column} < ${t})`;
  return `(${sampled("points", "ts", 0)} or ${sampled("points_1m", "bucket", 60)} or ${sampled("points_1h", "bucket", 3600)})`;
}

export async function findSeries(
  db: Queryable,
  orgId: string,
  targetId: string,
  metrics: string[],
  limit: number,
  filter: SeriesFilter = {},
): Promise<SeriesRow[]> {
  const values: unknown[] = [orgId, targetId, metrics, limit];
  const where: string[] = [];
  if (filter.labels) {
    values.push(JSON.stringify(filter.labels));
    where.push(`s.labels @> $${values.length}::jsonb`);
  }
  if (filter.labelIn) {
    values.push(filter.labelIn.label, filter.labelIn.values);
    where.push(`s.labels ->> $${values.length - 1} = any($${values.length}::text[])`);
  }
  const { rows } = await db.query<SeriesRow>(
    `select s.id, s.metric, s.labels from series s
      where s.org_id = $1 and s.target_id = $2 and s.metric = any($3::text[])
      ${where.map((w) => `and ${w}`).join(" ")}
      order by s.metric, s.labels::text
      limit $4`,
    values,
  );
  return rows;
}

/**
 * The values of `label` among a metric's series with a sample in the window, heaviest first: by
 * the metric's growth (counters) or total (gauges) in the window's rollup buckets of `tier`, then
 * by name. At most `limit` values.
 */
export async function rankLabelValues(
  db: Queryable,
  o: {
    orgId: string;
    targetId: string;
    metric: string;
    kind: "counter" | "gauge";
    label: string;
    window: { from: number; to: number };
    tier: "1m" | "1h";
    limit: number;
  },
): Promise<string[]> {
  const weight = o.kind === "counter" ? "r.increase" : "r.sum";
  const { rows } = await db.query<{ key: string }>(
    `select s.labels ->> $4 as key
       from series s
       left join points_${o.tier} r on r.org_id = s.org_id and r.series_id = s.id
         and r.bucket >= to_timestamp($5::float8) and r.bucket < to_timestamp($6::float8)
      where s.org_id = $1 and s.target_id = $2 and s.metric = $3 and s.labels ? $4
        and ${sampledIn("$5", "$6")}
      group by 1
      order by coalesce(sum(${weight}), 0) desc, 1
      limit $7`,
    [o.orgId, o.targetId, o.metric, o.label, o.window.from, o.window.to, o.limit],
  );
  return rows.map((r) => r.key);
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
  increase: number;
  elapsed: number;
  resets: number;
}

const ROLLUP_TABLES = { "1m": "points_1m", "1h": "points_1h" } as const;
// Counter steps of the first raw samples of a segment start from the sample before it.
const RAW_LOOKBACK_SECONDS = 15 * 60;

/** Collects statement parameters; `add` returns the placeholder of the value it was given. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown, cast: string): string {
    this.values.push(v);
    return `$${this.values.length}::${cast}`;
  }
}

interface Shared {
  org: string;
  start: string;
  step: string;
  gauges: number[];
  counters: number[];
}

function segmentSql(seg: Segment, p: Params, sh: Shared): string {
  const from = `to_timestamp(${p.add(seg.from, "float8")})`;
  const to = `to_timestamp(${p.add(seg.to, "float8")})`;
  const bucketOf = (col: string) =>
    `floor((date_part('epoch', ${col}) - ${sh.start}) / ${sh.step})::int`;
  if (seg.tier !== "raw") {
    const ids = p.add([...sh.gauges, ...sh.counters], "bigint[]");
    return `select series_id, ${bucketOf("bucket")} as i, count, sum, increase, elapsed, resets
      from ${ROLLUP_TABLES[seg.tier]}
     where org_id = ${sh.org} and series_id = any(${ids}) and bucket >= ${from} and bucket < ${to}`;
  }
  const parts: string[] = [];
  if (sh.gauges.length > 0) {
    parts.push(`select series_id, ${bucketOf("ts")} as i, count(*) as count, sum(value) as sum,
           0 as increase, 0 as elapsed, 0 as resets
      from points
     where org_id = ${sh.org} and series_id = any(${p.add(sh.gauges, "bigint[]")})
       and ts >= ${from} and ts < ${to}
     group by 1, 2`);
  }
  // Counters need each sample's predecessor, also the one just before the segment.
  if (sh.counters.length > 0) {
    const lookback = `to_timestamp(${p.add(seg.from - RAW_LOOKBACK_SECONDS, "float8")})`;
    parts.push(`select series_id, ${bucketOf("ts")} as i, 1 as count, value as sum,
           case when delta >= 0 then delta else 0 end as increase,
           case when delta >= 0 then dt else 0 end as elapsed,
           case when delta < 0 then 1 else 0 end as resets
      from (select series_id, ts, value, value - lag(value) over w as delta,
                   date_part('epoch', ts - lag(ts) over w) as dt
              from points
             where org_id = ${sh.org} and series_id = any(${p.add(sh.counters, "bigint[]")})
               and ts >= ${lookback} and ts < ${to}
            window w as (partition by series_id order by ts)) r
     where ts >= ${from}`);
  }
  return parts.join("\n union all\n");
}

/**
 * Chart buckets of `step` seconds from `start` (epoch seconds) for the series, each segment read
 * from its tier and all merged per bucket in one statement.
 */
export async function readBuckets(
  db: Queryable,
  orgId: string,
  series: { gauges: number[]; counters: number[] },
  q: { start: number; step: number; segments: Segment[] },
): Promise<BucketRow[]> {
  if (series.gauges.length + series.counters.length === 0 || q.segments.length === 0) return [];
  const p = new Params();
  const shared: Shared = {
    org: p.add(orgId, "uuid"),
    start: p.add(q.start, "float8"),
    step: p.add(q.step, "float8"),
    ...series,
  };
  const parts = q.segments.map((seg) => segmentSql(seg, p, shared));
  const { rows } = await db.query<BucketRow>(
    `select series_id, i, sum(count)::int as count, sum(sum)::float8 as sum,
            sum(increase)::float8 as increase, sum(elapsed)::float8 as elapsed,
            sum(resets)::int as resets
       from (${parts.join("\n union all\n")}) x
      group by series_id, i`,
    p.values,
  );
  return rows;
}
