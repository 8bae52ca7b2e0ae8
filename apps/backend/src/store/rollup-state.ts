import { type Db, type Queryable, type Tx, withTransaction } from "./db.ts";

// Held shared by every ingest transaction, exclusively (for an instant) by the rollup when it
// seals a minute: see sealRawUntil.
const SEAL_LOCK = 7_312_004;

export type RollupTier = "1m" | "1h";

export interface RollupState {
  /** Raw points before this instant are final for the 1-minute rollup; later ones mark rollup_dirty. */
  sealedUntil: Date | null;
  /** 1-minute buckets before this instant are computed. */
  rolled1m: Date | null;
  /** 1-hour buckets before this instant are computed. */
  rolled1h: Date | null;
}

export async function readRollupState(db: Queryable): Promise<RollupState> {
  const { rows } = await db.query<{
    tier: RollupTier;
    sealed_until: Date | null;
    rolled_until: Date | null;
  }>("select tier, sealed_until, rolled_until from rollup_state");
  const m = rows.find((r) => r.tier === "1m");
  const h = rows.find((r) => r.tier === "1h");
  return {
    sealedUntil: m?.sealed_until ?? null,
    rolled1m: m?.rolled_until ?? null,
    rolled1h: h?.rolled_until ?? null,
  };
}

/**
 * Called first in an ingest transaction: takes the seal lock shared (until commit) and returns the
 * seal. Points stored before that instant arrive after their minute was rolled up.
 */
export async function enterIngest(tx: Tx): Promise<Date | null> {
  await tx.query("select pg_advisory_xact_lock_shared($1)", [SEAL_LOCK]);
  // A new statement, so a seal committed while this transaction waited for the lock is seen.
  const { rows } = await tx.query<{ sealed_until: Date | null }>(
    "select sealed_until from rollup_state where tier = '1m'",
  );
  return rows[0]?.sealed_until ?? null;
}

/**
 * Moves the seal forward. The exclusive lock is granted only once every ingest transaction that
 * might have read the old seal has committed, so when this returns every point before `until` is
 * either visible to the rollup or marked dirty by the transaction that wrote it.
 */
export async function sealRawUntil(db: Db, until: Date): Promise<Date> {
  return withTransaction(db, async (tx) => {
    await tx.query("select pg_advisory_xact_lock($1)", [SEAL_LOCK]);
    const { rows } = await tx.query<{ sealed_until: Date }>(
      `update rollup_state set sealed_until = greatest(coalesce(sealed_until, $1), $1)
        where tier = '1m' returning sealed_until`,
      [until],
    );
    return (rows[0] as { sealed_until: Date }).sealed_until;
  });
}

export async function setRolledUntil(db: Queryable, tier: RollupTier, until: Date): Promise<void> {
  await db.query("update rollup_state set rolled_until = $2 where tier = $1", [tier, until]);
}
