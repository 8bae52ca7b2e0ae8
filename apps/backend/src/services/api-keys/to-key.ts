import type { AgentKey, ApiKey, KeyStatus } from "@logstag/api-contract";
import type { AgentKeyListRow } from "../../store/agent-keys.ts";
import type { ApiKeyRow } from "../../store/api-keys.ts";

const iso = (d: Date | null) => d?.toISOString() ?? null;

function statusOf(revokedAt: Date | null, expiresAt: Date | null, now: Date): KeyStatus {
  if (revokedAt) return "revoked";
  if (expiresAt && expiresAt <= now) return "expired";
  return "active";
}

export function toApiKey(row: ApiKeyRow, now = new Date()): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scope: row.scope,
    createdAt: row.created_at.toISOString(),
    expiresAt: iso(row.expires_at),
    lastUsedAt: iso(row.last_used_at),
    revokedAt: iso(row.revoked_at),
    status: statusOf(row.revoked_at, row.expires_at, now),
  };
}

export function toAgentKey(row: AgentKeyListRow): AgentKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: iso(row.last_used_at),
    revokedAt: iso(row.revoked_at),
    status: statusOf(row.revoked_at, null, new Date()),
  };
}

/** What is shown of a key after creation: its prefix and 8 more characters. */
export const displayPrefix = (secret: string) => secret.slice(0, 12);
