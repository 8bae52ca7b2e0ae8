import { type Db, withTransaction } from "./db.ts";
import {
  nextPeriod,
  parsePartitionName,
  partitionName,
  periodsBetween,
} from "./partition-periods.ts";
import type { PartitionedTable } from "./partitioned-tables.ts";

// Any constant works; it only has to be the same in every backend replica.
const PARTITION_LOCK = 7_312_003;
const LOCK_NOT_AVAILABLE = "55P03";

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Starts of the periods that have a partition attached to `spec.table`, oldest first. */
export async function listPartitions(db: Db, spec: PartitionedTable): Promise<Date[]> {
  const { rows } = await db.query<{ name: string }>(
    `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
      where i.inhparent = to_regclass($1)`,
    [spec.table],
  );
  return rows
    .map((r) => parsePartitionName(spec.table, spec.granularity, r.name))
    .filter((d): d is Date => d !== undefined)
    .sort((a, b) => a.getTime() - b.getTime());
}

/**
 * Creates the partition for the period starting at `start` unless it exists. The table is created
 * on its own and then attached: ATTACH only takes a lock that lets concurrent writes go on.
 */
export async function createPartition(
  db: Db,
  spec: PartitionedTable,
  start: Date,
): Promise<boolean> {
  const name = partitionName(spec.table, spec.granularity, start);
  return withTransaction(db, async (tx) => {
    await tx.query("select pg_advisory_xact_lock($1)", [PARTITION_LOCK]);
    const { rows } = await tx.query<{ exists: boolean }>(
      "select to_regclass($1) is not null as exists",
      [name],
    );
    if (rows[0]?.exists) return false;
    await tx.query("set local lock_timeout = '10s'");
    await tx.query(
      `create table ${ident(name)} (like ${ident(spec.table)} including defaults including constraints)`,
    );
    const end = nextPeriod(spec.granularity, start);
    await tx.query(
      `alter table ${ident(spec.table)} attach partition ${ident(name)}
         for values from ('${start.toISOString()}') to ('${end.toISOString()}')`,
    );
    return true;
  });
}

/** Creates every missing partition for periods overlapping [from, to]; returns the names created. */
export async function ensurePartitions(
  db: Db,
  spec: PartitionedTable,
  from: Date,
  to: Date,
): Promise<string[]> {
  const existing = new Set((await listPartitions(db, spec)).map((d) => d.getTime()));
  const created: string[] = [];
  for (const start of periodsBetween(spec.granularity, from, to)) {
    if (existing.has(start.getTime())) continue;
    if (await createPartition(db, spec, start))
      created.push(partitionName(spec.table, spec.granularity, start));
  }
  return created;
}

/**
 * Drops the partitions of periods that start before `keepFrom`. Dropping briefly locks the parent
 * table; a short lock timeout makes a busy moment skip the drop until the next run rather than
 * stall ingestion behind it.
 */
export async function dropPartitionsBefore(
  db: Db,
  spec: PartitionedTable,
  keepFrom: Date,
): Promise<string[]> {
  const dropped: string[] = [];
  for (const start of await listPartitions(db, spec)) {
    if (start >= keepFrom) break;
    const name = partitionName(spec.table, spec.granularity, start);
    try {
      await withTransaction(db, async (tx) => {
        await tx.query("set local lock_timeout = '3s'");
        await tx.query(`drop table if exists ${ident(name)}`);
      });
    } catch (err) {
      if ((err as { code?: string }).code === LOCK_NOT_AVAILABLE) break;
      throw err;
    }
    dropped.push(name);
  }
  return dropped;
}
