import { SESSION_TOKEN_PREFIX } from "@logstag/api-contract";
import type { Queryable } from "../../store/db.ts";
import { insertSession } from "../../store/sessions.ts";
import { generateToken, hashToken } from "../tokens.ts";

export interface NewSession {
  id: string;
  token: string;
  expiresAt: Date;
}

/** A new session of `userId` in `orgId`; the token goes to the cookie, only its hash is stored. */
export async function startSession(
  tx: Queryable,
  s: { orgId: string; userId: string; expiresAt: Date },
): Promise<NewSession> {
  const token = generateToken(SESSION_TOKEN_PREFIX);
  const id = await insertSession(tx, { ...s, tokenHash: hashToken(token) });
  return { id, token, expiresAt: s.expiresAt };
}

export const sessionExpiry = (ttlHours: number) => new Date(Date.now() + ttlHours * 3_600_000);
