import type { RedisClient, Snapshot } from "@logstag/protocol";
import { SNAPSHOT_KINDS } from "@logstag/protocol";

const MAX_ROWS = SNAPSHOT_KINDS["redis.clients"].maxRows;

/** One CLIENT LIST line: `id=7 addr=… name= … cmd=client|list user=default`. */
export function parseClientLine(line: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of line.trim().split(" ")) {
    const eq = part.indexOf("=");
    if (eq > 0) fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return fields;
}

const int = (v: string | undefined, fallback = 0) => {
  const n = Number(v);
  return Number.isInteger(n) ? n : fallback;
};
const count = (v: string | undefined) => Math.max(0, int(v));
const optional = (v: string | undefined) => (v === undefined || v === "" ? null : v);

export function mapClient(f: Map<string, string>): RedisClient {
  const flags = f.get("flags") ?? "";
  const cmd = f.get("cmd");
  const totMem = f.get("tot-mem");
  return {
    id: count(f.get("id")),
    name: optional(f.get("name")),
    addr: f.get("addr") ?? "",
    db: count(f.get("db")),
    ageSeconds: count(f.get("age")),
    idleSeconds: count(f.get("idle")),
    flags: flags.slice(0, 64),
    blocked: flags.includes("b"),
    cmd: cmd === undefined || cmd === "NULL" ? null : cmd.slice(0, 256),
    user: optional(f.get("user")),
    multi: int(f.get("multi"), -1),
    subscriptions: count(f.get("sub")) + count(f.get("psub")) + count(f.get("ssub")),
    queryBufferBytes: count(f.get("qbuf")),
    outputMemoryBytes: count(f.get("omem")),
    totalMemoryBytes: totMem === undefined ? null : count(totMem),
  };
}

/** The clients snapshot without the agent's own connection; the most recently active first. */
export function mapClients(
  reply: unknown,
  ownId: number,
): Extract<Snapshot, { kind: "redis.clients" }> {
  const text = typeof reply === "string" ? reply : "";
  const rows = text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => mapClient(parseClientLine(line)))
    .filter((row) => row.id !== ownId)
    .sort((a, b) => a.idleSeconds - b.idleSeconds || a.id - b.id);
  return {
    kind: "redis.clients",
    rows: rows.slice(0, MAX_ROWS),
    truncated: rows.length > MAX_ROWS,
  };
}
