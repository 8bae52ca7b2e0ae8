import type { Queryable } from "./db.ts";

export interface CollectorOutcome {
  targetId: string;
  collector: string;
  reportedAt: string;
  ok: boolean;
  error: string | null;
}

/** Keeps each collector's newest outcome; an older payload arriving late changes nothing. */
export async function recordCollectorOutcomes(
  db: Queryable,
  orgId: string,
  outcomes: CollectorOutcome[],
): Promise<void> {
  if (outcomes.length === 0) return;
  await db.query(
    `insert into collector_status (org_id, target_id, collector, reported_at, ok, error)
     select $1, o.target_id, o.collector, o.reported_at, o.ok, o.error
       from unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::boolean[], $6::text[])
         as o(target_id, collector, reported_at, ok, error)
     order by 2, 3
     on conflict (org_id, target_id, collector) do update
       set reported_at = excluded.reported_at, ok = excluded.ok, error = excluded.error
       where collector_status.reported_at <= excluded.reported_at`,
    [
      orgId,
      outcomes.map((o) => o.targetId),
      outcomes.map((o) => o.collector),
      outcomes.map((o) => o.reportedAt),
      outcomes.map((o) => o.ok),
      outcomes.map((o) => o.error),
    ],
  );
}
