import type { Queryable } from "./db.ts";

export interface FailureWindow {
  /** Failures inside the window, counted up to `max`. */
  count: number;
  /** Seconds until the oldest of the counted failures leaves the window. */
  retryAfter: number;
}

/** Failed sign-ins of an account or an address in the last `windowSeconds` (sliding window). */
export async function countRecentFailures(
  db: Queryable,
  by: "account" | "address",
  key: string,
  windowSeconds: number,
  max: number,
): Promise<FailureWindow> {
  const column = by === "account" ? "account" : "address";
  const { rows } = await db.query<FailureWindow>(
    `select count(*)::int as count,
            coalesce(ceil(extract(epoch from min(at) + make_interval(secs => $2) - now())), 0)::int as "retryAfter"
       from (select at from login_attempts
              where ${column} = $1 and at > now() - make_interval(secs => $2)
              order by at desc limit $3) recent`,
    [key, windowSeconds, max],
  );
  return rows[0] ?? { count: 0, retryAfter: 0 };
}

/**
 * Serialises the attempts of one account and of one address until the transaction ends, so a
 * burst sent together is counted one request after the other (namespaces 1 and 2 keep an address
 * that looks like an e-mail apart from the account).
 */
export async function lockAttemptKeys(db: Queryable, account: string, address: string) {
  await db.query(
    "select pg_advisory_xact_lock(1, hashtext($1)), pg_advisory_xact_lock(2, hashtext($2))",
    [account, address],
  );
}

/** Counts an attempt as failed now; the attempt's id lets a success take it back. */
export async function insertFailedAttempt(
  db: Queryable,
  account: string,
  address: string,
): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    "insert into login_attempts (account, address) values ($1, $2) returning id",
    [account, address],
  );
  return (rows[0] as { id: number }).id;
}

export async function deleteAttempt(db: Queryable, id: number): Promise<void> {
  await db.query("delete from login_attempts where id = $1", [id]);
}

/** A successful sign-in forgives the account's earlier failures (not the address's). */
export async function clearAccountFailures(db: Queryable, account: string): Promise<void> {
  await db.query("delete from login_attempts where account = $1", [account]);
}

export async function pruneAttempts(db: Queryable, olderThanSeconds: number): Promise<void> {
  await db.query("delete from login_attempts where at < now() - make_interval(secs => $1)", [
    olderThanSeconds,
  ]);
}
