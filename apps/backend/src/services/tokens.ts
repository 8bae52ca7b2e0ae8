import { createHash, randomBytes } from "node:crypto";

/** A random secret with a readable prefix, e.g. `lsa_…` for agent keys. */
export function generateToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/** Tokens are 256-bit random, so a plain SHA-256 is enough to store them safely (passwords use argon2id). */
export function hashToken(token: string): Buffer {
  return createHash("sha256").update(token).digest();
}
