import type { Queryable } from "./db.ts";

export interface DiagnosticsReport {
  targetId: string;
  collector: string;
  reportedAt: string;
  /** JSON text of the list. */
  diagnosticsJson: string;
}

/** Keeps each collector's newest report; an older one arriving late changes nothing. */
export async function upsertDiagnostics(
  db: Queryable,
  orgId: string,
  reports: DiagnosticsReport[],
): Promise<void> {
  if (reports.length === 0) return;
  await db.query(
    `insert into target_diagnostics (org_id, target_id, collector, reported_at, diagnostics)
     select $1, r.target_id, r.collector, r.reported_at, r.diagnostics
       from unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::jsonb[])
         as r(target_id, collector, reported_at, diagnostics)
     order by 2, 3
     on conflict (org_id, target_id, collector) do update
       set reported_at = excluded.reported_at, diagnostics = excluded.diagnostics
       where target_diagnostics.reported_at <= excluded.reported_at`,
    [
      orgId,
      reports.map((r) => r.targetId),
      reports.map((r) => r.collector),
      reports.map((r) => r.reportedAt),
      reports.map((r) => r.diagnosticsJson),
    ],
  );
}

export interface DiagnosticsRow {
  target_id: string;
  collector: string;
  reported_at: Date;
  diagnostics: unknown;
}

/** Reports that name something missing, for the given targets (all of the organization's when omitted). */
export async function listDiagnostics(
  db: Queryable,
  orgId: string,
  targetIds?: string[],
): Promise<DiagnosticsRow[]> {
  const { rows } = await db.query<DiagnosticsRow>(
    `select target_id, collector, reported_at, diagnostics from target_diagnostics
      where org_id = $1 and ($2::uuid[] is null or target_id = any($2::uuid[]))
        and jsonb_array_length(diagnostics) > 0
      order by target_id, collector`,
    [orgId, targetIds ?? null],
  );
  return rows;
}
