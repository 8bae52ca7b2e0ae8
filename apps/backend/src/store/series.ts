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

export interface PointRow {
  series_id: number;
  /** epoch seconds */
  t: number;
  value: number;
}

/** Raw points of the series in [from, to), oldest first. */
export async function readPoints(
  db: Queryable,
  orgId: string,
  seriesIds: number[],
  from: Date,
  to: Date,
): Promise<PointRow[]> {
  const { rows } = await db.query<PointRow>(
    `select series_id, extract(epoch from ts)::float8 as t, value from points
      where org_id = $1 and series_id = any($2::bigint[]) and ts >= $3 and ts < $4
      order by series_id, ts`,
    [orgId, seriesIds, from, to],
  );
  return rows;
}
