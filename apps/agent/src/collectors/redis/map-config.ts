import type { RedisConfig, Snapshot } from "@logstag/protocol";
import { SNAPSHOT_KINDS } from "@logstag/protocol";

export const MASK = "********";
const MAX_ROWS = SNAPSHOT_KINDS["redis.config"].maxRows;

/** Parameters that hold a credential (Valkey also spells masterauth/masteruser primary*). */
const SECRETS = new Set([
  "requirepass",
  "masterauth",
  "masteruser",
  "primaryauth",
  "primaryuser",
  "tls-key-file-pass",
  "tls-client-key-file-pass",
]);
const SECRET_WORDS = /pass|secret|auth|token/;
/** Names that match a secret word but hold a plain setting worth seeing. */
const NOT_SECRET = new Set(["tls-auth-clients"]);

export function isSecretParameter(name: string): boolean {
  const n = name.toLowerCase();
  return SECRETS.has(n) || (SECRET_WORDS.test(n) && !NOT_SECRET.has(n));
}

/** A value as it may leave the agent: secrets masked, an empty secret stays empty. */
export function redactConfigValue(name: string, value: string): string {
  return isSecretParameter(name) && value !== "" ? MASK : value;
}

/** CONFIG GET's flat [name, value, name, value, …] reply (RESP2) as sorted rows. */
export function mapConfig(reply: unknown): Extract<Snapshot, { kind: "redis.config" }> {
  const flat = Array.isArray(reply) ? reply.map((v) => (v === null ? null : String(v))) : [];
  const rows: RedisConfig[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const name = flat[i];
    const value = flat[i + 1] ?? null;
    if (!name) continue;
    rows.push({
      name: name.slice(0, 256),
      value: value === null ? null : redactConfigValue(name, value).slice(0, 8192),
    });
  }
  rows.sort((a, b) => a.name.localeCompare(b.name));
  return { kind: "redis.config", rows: rows.slice(0, MAX_ROWS), truncated: rows.length > MAX_ROWS };
}

/** The value of one parameter of a CONFIG GET reply; undefined when the server has no such parameter. */
export function configValue(reply: unknown, name: string): string | undefined {
  if (!Array.isArray(reply)) return undefined;
  for (let i = 0; i + 1 < reply.length; i += 2) {
    if (String(reply[i]).toLowerCase() === name) return String(reply[i + 1]);
  }
  return undefined;
}
