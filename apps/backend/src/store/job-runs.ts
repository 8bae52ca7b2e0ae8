import type { Queryable } from "./db.ts";

export async function startJobRun(
  db: Queryable,
  run: { job: string; slot: Date; runner: string },
): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    "insert into job_runs (job, slot, runner) values ($1, $2, $3) returning id",
    [run.job, run.slot, run.runner],
  );
  return (rows[0] as { id: number }).id;
}

export async function finishJobRun(
  db: Queryable,
  id: number,
  outcome: { error?: string; summary?: unknown },
): Promise<void> {
  await db.query(
    "update job_runs set finished_at = now(), error = $2, summary = $3 where id = $1",
    [
      id,
      outcome.error ?? null,
      outcome.summary === undefined ? null : JSON.stringify(outcome.summary),
    ],
  );
}

export async function deleteJobRunsBefore(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query("delete from job_runs where started_at < $1", [before]);
  return rowCount ?? 0;
}

export async function deleteDirtyHoursBefore(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query("delete from rollup_dirty where hour < $1", [before]);
  return rowCount ?? 0;
}
