import type { Queryable } from "./db.ts";

export interface AssetTarget {
  id: string;
  name: string;
  engine: string;
  agent_id: string;
  tags: string[];
  last_seen_at: Date | null;
  last_status: string | null;
}

export interface AssetAgent {
  id: string;
  name: string;
  last_seen_at: Date | null;
}

export async function listAlertTargets(db: Queryable, orgId: string): Promise<AssetTarget[]> {
  const { rows } = await db.query<AssetTarget>(
    `select id, name, engine, agent_id, tags, last_seen_at, last_status
       from targets where org_id = $1 order by id`,
    [orgId],
  );
  return rows;
}

export async function listAlertAgents(db: Queryable, orgId: string): Promise<AssetAgent[]> {
  const { rows } = await db.query<AssetAgent>(
    "select id, name, last_seen_at from agents where org_id = $1 order by id",
    [orgId],
  );
  return rows;
}

export interface CollectorFact {
  target_id: string;
  collector: string;
  reported_at: Date;
  failed: boolean | null;
  missing: number | null;
}

/** Each collector's newest outcome and diagnostics count, per target. */
export async function listCollectorFacts(db: Queryable, orgId: string): Promise<CollectorFact[]> {
  const { rows } = await db.query<CollectorFact>(
    `select coalesce(o.target_id, d.target_id) as target_id,
            coalesce(o.collector, d.collector) as collector,
            greatest(o.reported_at, d.reported_at) as reported_at,
            not o.ok as failed,
            jsonb_array_length(d.diagnostics) as missing
       from (select * from collector_status where org_id = $1) o
       full join (select * from target_diagnostics where org_id = $1) d
         on d.target_id = o.target_id and d.collector = o.collector`,
    [orgId],
  );
  return rows;
}

export interface PointRow {
  target_id: string;
  metric: string;
  labels: Record<string, string>;
  /** epoch ms */
  t: number;
  value: number;
}

/**
 * Raw points of each metric on the targets since that metric's own start, oldest first per series.
 * Series are read once and points as bare (series, time, value) rows: no JSON per point.
 */
export async function readAlertPoints(
  db: Queryable,
  orgId: string,
  q: { targetIds: string[]; since: Map<string, Date>; until: Date },
): Promise<PointRow[]> {
  if (q.targetIds.length === 0 || q.since.size === 0) return [];
  const { rows: series } = await db.query<{
    id: number;
    target_id: string;
    metric: string;
    labels: Record<string, string>;
    since: Date;
  }>(
    `select s.id, s.target_id, s.metric, s.labels, w.since
       from unnest($3::text[], $4::timestamptz[]) as w(metric, since)
       join series s on s.org_id = $1 and s.metric = w.metric and s.target_id = any($2::uuid[])`,
    [orgId, q.targetIds, [...q.since.keys()], [...q.since.values()]],
  );
  const byId = new Map(series.map((s) => [s.id, s]));
  const { rows } = await db.query<{ series_id: number; t: number; value: number }>(
    `select p.series_id, (extract(epoch from p.ts) * 1000)::float8 as t, p.value
       from unnest($2::bigint[], $3::timestamptz[]) as w(series_id, since)
       join points p on p.org_id = $1 and p.series_id = w.series_id and p.ts > w.since and p.ts <= $4
      order by p.series_id, p.ts`,
    [orgId, series.map((s) => s.id), series.map((s) => s.since), q.until],
  );
  return rows.map((r) => {
    const s = byId.get(r.series_id) as (typeof series)[number];
    return { target_id: s.target_id, metric: s.metric, labels: s.labels, t: r.t, value: r.value };
  });
}
