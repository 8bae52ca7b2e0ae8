import type { LoginLimits } from "../../accounts-config.ts";
import type { Queryable } from "../../store/db.ts";
import {
  countRecentFailures,
  insertFailedAttempt,
  pruneAttempts,
} from "../../store/login-attempts.ts";
import { AppError } from "../errors.ts";

export interface AttemptKeys {
  /** The e-mail as typed, lower-cased: unknown accounts are limited like known ones. */
  account: string;
  address: string;
}

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/** Refuses a sign-in while the account or the address has too many recent failures. */
export async function checkLoginThrottle(
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

export async function recordLoginFailure(
  db: Queryable,
  keys: AttemptKeys,
  limits: LoginLimits,
): Promise<void> {
  await insertFailedAttempt(db, keys.account, keys.address);
  // Rows older than any window are never read again; removing them here keeps the table small.
  if (Math.random() < 0.05) await pruneAttempts(db, limits.windowSeconds * 4);
}

export function attemptKeys(email: string, address: string | null | undefined): AttemptKeys {
  return { account: email.trim().toLowerCase(), address: address ?? "unknown" };
}
