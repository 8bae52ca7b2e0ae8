import type { Queryable } from "./db.ts";

/**
 * Records payload ids; returns those seen for the first time. Concurrent claims of one id: one
 * wins, the other waits for its commit and then sees the id as taken.
 */
export async function claimPayloads(
  db: Queryable,
  orgId: string,
  payloads: { payloadId: string; targetId: string; collector: string; collectedAt: string }[],
): Promise<Set<string>> {
  const { rows } = await db.query<{ payload_id: string }>(
    `insert into ingested_payloads (org_id, payload_id, collected_at, target_id, collector)
     select $1, p.id, p.collected_at, p.target_id, p.collector
       from unnest($2::uuid[], $3::timestamptz[], $4::uuid[], $5::text[]) as p(id, collected_at, target_id, collector)
     on conflict do nothing
     returning payload_id`,
    [
      orgId,
      payloads.map((p) => p.payloadId),
      payloads.map((p) => p.collectedAt),
      payloads.map((p) => p.targetId),
      payloads.map((p) => p.collector),
    ],
  );
  return new Set(rows.map((r) => r.payload_id));
}

export interface SeriesKey {
  targetId: string;
  metric: string;
  /** Canonical JSON of the labels (sorted keys). */
  labels: string;
}

export const seriesKeyString = (k: SeriesKey) => `${k.targetId}\u0000${k.metric}\u0000${k.labels}`;

const seriesParams = (orgId: string, keys: SeriesKey[]) => [
  orgId,
  keys.map((k) => k.targetId),
  keys.map((k) => k.metric),
  keys.map((k) => k.labels),
];

/** Ids of those of the given series that exist, by `seriesKeyString`. */
export async function findSeriesIds(
  db: Queryable,
  orgId: string,
  keys: SeriesKey[],
): Promise<Map<string, number>> {
  const { rows } = await db.query<{
    id: number;
    target_id: string;
    metric: string;
    labels: string;
  }>(
    `select s.id, s.target_id, s.metric, k.labels
       from unnest($2::uuid[], $3::text[], $4::text[]) as k(target_id, metric, labels)
       join series s on s.org_id = $1 and s.target_id = k.target_id and s.metric = k.metric and s.labels = k.labels::jsonb`,
    seriesParams(orgId, keys),
  );
  return new Map(
    rows.map((r) => [
      seriesKeyString({ targetId: r.target_id, metric: r.metric, labels: r.labels }),
      r.id,
    ]),
  );
}

/** Creates the given series; ones created meanwhile by another request are left as they are. */
export async function insertSeries(db: Queryable, orgId: string, keys: SeriesKey[]) {
  await db.query(
    `insert into series (org_id, target_id, metric, labels)
     select $1, k.target_id, k.metric, k.labels::jsonb from unnest($2::uuid[], $3::text[], $4::text[]) as k(target_id, metric, labels)
     order by 2, 3, 4
     on conflict do nothing`,
    seriesParams(orgId, keys),
  );
}

/** Series of the organization, in total and for each of the given targets. */
export async function countSeries(
  db: Queryable,
  orgId: string,
  targetIds: string[],
): Promise<{ total: number; byTarget: Map<string, number> }> {
  const [total, byTarget] = await Promise.all([
    db.query<{ n: number }>("select count(*)::int as n from series where org_id = $1", [orgId]),
    db.query<{ target_id: string; n: number }>(
      `select target_id, count(*)::int as n from series
        where org_id = $1 and target_id = any($2::uuid[]) group by target_id`,
      [orgId, targetIds],
    ),
  ]);
  return {
    total: total.rows[0]?.n ?? 0,
    byTarget: new Map(byTarget.rows.map((r) => [r.target_id, r.n])),
  };
}

/**
 * Deletes series older than a day with no point left in any tier (raw, 1-minute, 1-hour): their
 * data is gone with retention, and they would otherwise count against limits forever.
 */
export async function pruneSeriesWithoutPoints(db: Queryable): Promise<number> {
  const { rowCount } = await db.query(
    `delete from series s
      where s.created_at < now() - interval '1 day'
        and not exists (select 1 from points p where p.org_id = s.org_id and p.series_id = s.id)
        and not exists (select 1 from points_1m m where m.org_id = s.org_id and m.series_id = s.id)
        and not exists (select 1 from points_1h h where h.org_id = s.org_id and h.series_id = s.id)`,
  );
  return rowCount ?? 0;
}

export interface TargetObservation {
  targetId: string;
  seenAt: string;
  status: "ok" | "error";
  error: string | null;
  version: string | null;
  role: string | null;
  startedAt: string | null;
}

/** Latest status and inventory facts per target; facts absent from a payload keep their old value. */
export async function recordTargetObservations(
  db: Queryable,
  orgId: string,
  obs: TargetObservation[],
): Promise<void> {
  if (obs.length === 0) return;
  await db.query(
    `update targets t set
        last_seen_at = greatest(t.last_seen_at, o.seen_at),
        last_status = o.status,
        last_error = o.error,
        version = coalesce(o.version, t.version),
        role = coalesce(o.role, t.role),
        started_at = coalesce(o.started_at, t.started_at)
       from unnest($2::uuid[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
         as o(target_id, seen_at, status, error, version, role, started_at)
      where t.org_id = $1 and t.id = o.target_id`,
    [
      orgId,
      obs.map((o) => o.targetId),
      obs.map((o) => o.seenAt),
      obs.map((o) => o.status),
      obs.map((o) => o.error),
      obs.map((o) => o.version),
      obs.map((o) => o.role),
      obs.map((o) => o.startedAt),
    ],
  );
}

/** Refreshes agents' last contact; a contact within the last few seconds is recent enough. */
export async function touchAgents(db: Queryable, orgId: string, agentIds: string[]): Promise<void> {
  await db.query(
    `update agents set last_seen_at = now()
      where org_id = $1 and id = any($2::uuid[])
        and (last_seen_at is null or last_seen_at < now() - interval '5 seconds')`,
    [orgId, agentIds],
  );
}
