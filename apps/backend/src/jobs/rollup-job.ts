import type { Db } from "../store/db.ts";
import { PARTITIONED_TABLES } from "../store/partitioned-tables.ts";
import { ensurePartitions, listPartitions } from "../store/partitions.ts";
import { clearDirtyHour, listDirtyHours } from "../store/rollup-dirty.ts";
import { readRollupState, sealRawUntil, setRolledUntil } from "../store/rollup-state.ts";
import { rollMinutesToHours, rollRawToMinutes } from "../store/rollups.ts";

const MINUTE = 60_000;
const HOUR = 3_600_000;
const RAW_SLICE = 10 * MINUTE;
const MINUTE_SLICE = 24 * HOUR;
// Points may still be in flight for the current minute; the seal trails the clock by this much.
const SETTLE = MINUTE;
const DIRTY_PER_RUN = 200;

export interface RollupSummary {
  sealedUntil: string;
  rolled1m: string | null;
  rolled1h: string | null;
  minuteRows: number;
  hourRows: number;
  redoneHours: number;
  caughtUp: boolean;
}

const floorTo = (t: number, unit: number) => Math.floor(t / unit) * unit;
type Table = (typeof PARTITIONED_TABLES)[number];
const spec = (table: Table["table"]) => PARTITIONED_TABLES.find((t) => t.table === table) as Table;

async function firstPartitionStart(db: Db, table: Table["table"]): Promise<number | undefined> {
  return (await listPartitions(db, spec(table)))[0]?.getTime();
}

/**
 * Seals raw points up to the last settled minute, rolls them into 1-minute buckets, redoes hours
 * that received late points, then rolls complete hours into 1-hour buckets. Progress is kept in
 * rollup_state, so a run that stops half-way (crash, time budget) resumes where it stopped.
 */
export async function runRollup(
  db: Db,
  opts: { now?: Date; budgetMs?: number } = {},
): Promise<RollupSummary> {
  const now = (opts.now ?? new Date()).getTime();
  const deadline = Date.now() + (opts.budgetMs ?? 50_000);
  const sealed = (await sealRawUntil(db, new Date(floorTo(now, MINUTE) - SETTLE))).getTime();
  const state = await readRollupState(db);
  let minuteRows = 0;
  let hourRows = 0;

  let from = state.rolled1m?.getTime() ?? (await firstPartitionStart(db, "points")) ?? sealed;
  while (from < sealed && Date.now() < deadline) {
    const to = Math.min(floorTo(from, RAW_SLICE) + RAW_SLICE, sealed);
    await ensurePartitions(db, spec("points_1m"), new Date(from), new Date(to - 1));
    minuteRows += await rollRawToMinutes(db, new Date(from), new Date(to));
    await setRolledUntil(db, "1m", new Date(to));
    from = to;
  }
  const rolled1m = from;
  if (state.rolled1m === null) await setRolledUntil(db, "1m", new Date(rolled1m));
  const redoneHours = await redoDirtyHours(db, rolled1m, state.rolled1h?.getTime() ?? null);

  const hoursEnd = floorTo(rolled1m, HOUR);
  const firstMinutes = await firstPartitionStart(db, "points_1m");
  let hour = state.rolled1h?.getTime() ?? Math.min(firstMinutes ?? hoursEnd, hoursEnd);
  while (hour < hoursEnd && Date.now() < deadline) {
    const to = Math.min(floorTo(hour, MINUTE_SLICE) + MINUTE_SLICE, hoursEnd);
    await ensurePartitions(db, spec("points_1h"), new Date(hour), new Date(to - 1));
    hourRows += await rollMinutesToHours(db, new Date(hour), new Date(to));
    await setRolledUntil(db, "1h", new Date(to));
    hour = to;
  }
  if (state.rolled1h === null) await setRolledUntil(db, "1h", new Date(hour));

  return {
    sealedUntil: new Date(sealed).toISOString(),
    rolled1m: new Date(rolled1m).toISOString(),
    rolled1h: new Date(hour).toISOString(),
    minuteRows,
    hourRows,
    redoneHours,
    caughtUp: rolled1m >= sealed && hour >= hoursEnd,
  };
}

/**
 * Recomputes the minute buckets of each marked (target, hour), plus the first minutes of the next
 * hour whose counter steps start from the late points, then the hour buckets built on them.
 */
async function redoDirtyHours(db: Db, rolled1m: number, rolled1h: number | null): Promise<number> {
  const dirty = await listDirtyHours(db, DIRTY_PER_RUN);
  for (const d of dirty) {
    const start = d.hour.getTime();
    const filter = { orgId: d.orgId, targetId: d.targetId };
    const end = Math.min(start + HOUR + 15 * MINUTE, rolled1m);
    if (end > start) await rollRawToMinutes(db, new Date(start), new Date(end), filter);
    for (const h of [start, start + HOUR]) {
      if (rolled1h !== null && h + HOUR <= rolled1h)
        await rollMinutesToHours(db, new Date(h), new Date(h + HOUR), filter);
    }
    await clearDirtyHour(db, d);
  }
  return dirty.length;
}
