import type { LoginLimits } from "../../accounts-config.ts";
import { type Db, type Queryable, withTransaction } from "../../store/db.ts";
import {
  countRecentFailures,
  deleteAttempt,
  insertFailedAttempt,
  lockAttemptKeys,
  pruneAttempts,
} from "../../store/login-attempts.ts";
import { AppError } from "../errors.ts";

export interface AttemptKeys {
  /** The e-mail as typed, lower-cased: unknown accounts are limited like known ones. */
  account: string;
  address: string;
}

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/**
 * Takes one sign-in attempt of the account and the address, or refuses it (`rate_limited`) while
 * either is at its limit. The attempt is counted as failed *before* the password is checked, under
 * a lock per account and per address: requests sent together are counted one after the other, so a
 * burst gets no more guesses than the limit. A correct password takes its attempt back
 * (`forgiveAttempt`).
 */
export async function takeLoginAttempt(
  db: Db,
  keys: AttemptKeys,
  limits: LoginLimits,
): Promise<number> {
  const id = await withTransaction(db, async (tx) => {
    await lockAttemptKeys(tx, keys.account, keys.address);
    await refuseWhenThrottled(tx, keys, limits);
    return insertFailedAttempt(tx, keys.account, keys.address);
  });
  // Rows older than any window are never read again; removing them here keeps the table small.
  if (Math.random() < 0.05) await pruneAttempts(db, limits.windowSeconds * 4);
  return id;
}

/** A successful sign-in is not a failure: its attempt no longer counts for the address either. */
export async function forgiveAttempt(db: Queryable, attemptId: number): Promise<void> {
  await deleteAttempt(db, attemptId);
}

async function refuseWhenThrottled(
  db: Queryable,
  keys: AttemptKeys,
  limits: LoginLimits,
): Promise<void> {
  const [account, address] = await Promise.all([
    countRecentFailures(db, "account", keys.account, limits.windowSeconds, limits.maxPerAccount),
    countRecentFailures(db, "address", keys.address, limits.windowSeconds, limits.maxPerAddress),
  ]);
  if (account.count >= limits.maxPerAccount) {
    throw new AppError(
      "rate_limited",
      `Too many failed sign-in attempts for this account. Try again in ${minutes(account.retryAfter)} min.`,
      undefined,
      account.retryAfter,
    );
  }
  if (address.count >= limits.maxPerAddress) {
    throw new AppError(
      "rate_limited",
      `Too many failed sign-in attempts from your address. Try again in ${minutes(address.retryAfter)} min.`,
      undefined,
      address.retryAfter,
    );
  }
}

export function attemptKeys(email: string, address: string | null | undefined): AttemptKeys {
  return { account: email.trim().toLowerCase(), address: address ?? "unknown" };
}
