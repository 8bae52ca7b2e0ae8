import type { MetricSample, RedisSlowlogEntry, Snapshot } from "@logstag/protocol";
import { REDIS_SLOWLOG_FIRST_ROWS, SNAPSHOT_KINDS } from "@logstag/protocol";

/**
 * Commands whose first argument is a subcommand, as the slow log records them: the entry is
 * named `config get`, never with further arguments.
 */
const CONTAINER_COMMANDS_SEEN: ReadonlySet<string> = new Set([
  "acl",
  "client",
  "cluster",
  "command",
  "config",
  "debug",
  "function",
  "latency",
  "memory",
  "module",
  "object",
  "pubsub",
  "script",
  "slowlog",
  "xgroup",
  "xinfo",
]);

const MAX_ROWS = SNAPSHOT_KINDS["redis.slowlog"].maxRows;
/** Redis logs at most 32 arguments and says how many it left out in the last one. */
const MORE_ARGS = /^\.\.\. \((\d+) more arguments\)$/;
const SUBCOMMAND = /^[a-z][a-z0-9-]{0,31}$/;

const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);

/**
 * One SLOWLOG GET entry, [id, unix time, µs, [args…], addr, name], reduced to the command name
 * (with its subcommand for container commands) and the argument count: values never leave.
 */
export function mapSlowlogEntry(entry: unknown): RedisSlowlogEntry | null {
  if (!Array.isArray(entry) || !Array.isArray(entry[3])) return null;
  const [id, time, usec, args, addr, name] = entry as [
    unknown,
    unknown,
    unknown,
    unknown[],
    unknown,
    unknown,
  ];
  const words = args.map((a) => String(a));
  const first = (words[0] ?? "").toLowerCase();
  const sub = (words[1] ?? "").toLowerCase();
  const command =
    CONTAINER_COMMANDS_SEEN.has(first) && SUBCOMMAND.test(sub) ? `${first} ${sub}` : first;
  const more = MORE_ARGS.exec(words.at(-1) ?? "");
  const argCount = more ? words.length - 2 + Number(more[1]) : Math.max(0, words.length - 1);
  return {
    id: Number(id),
    at: new Date(Number(time) * 1000).toISOString(),
    durationUs: Math.max(0, Number(usec)),
    command: command.slice(0, 256) || "?",
    argCount,
    clientAddr: str(addr),
    clientName: str(name)?.slice(0, 256) ?? null,
  };
}

export interface SlowlogCollection {
  snapshot: Extract<Snapshot, { kind: "redis.slowlog" }>;
  metrics: MetricSample[];
  /** The newest id seen, for the next collection. */
  lastId: number | undefined;
}

/**
 * Entries newer than `lastId` (ids only grow, until a restart starts them again at 0). On the
 * first collection, only the newest entries are sent, and no count of new ones.
 */
export function mapSlowlog(
  reply: unknown,
  length: number | undefined,
  lastId: number | undefined,
): SlowlogCollection {
  const entries = (Array.isArray(reply) ? reply : [])
    .map(mapSlowlogEntry)
    .filter((e): e is RedisSlowlogEntry => e !== null)
    .sort((a, b) => b.id - a.id);
  const newest = entries[0]?.id;
  const restarted = lastId !== undefined && newest !== undefined && newest < lastId;
  const since = restarted ? -1 : lastId;
  const fresh =
    since === undefined
      ? entries.slice(0, REDIS_SLOWLOG_FIRST_ROWS)
      : entries.filter((e) => e.id > since);
  const rows = fresh.slice(0, MAX_ROWS);
  // Ids are consecutive: the gap to the previous newest counts entries rotated out unseen.
  const added = since === undefined ? undefined : newest === undefined ? 0 : newest - since;
  const metrics: MetricSample[] = [];
  if (added !== undefined) metrics.push({ name: "redis.slowlog.new", value: added });
  if (length !== undefined) metrics.push({ name: "redis.slowlog.length", value: length });
  const truncated =
    rows.length < (added ?? fresh.length) || (since === undefined && entries.length > rows.length);
  return {
    snapshot: { kind: "redis.slowlog", rows: rows.reverse(), truncated },
    metrics,
    lastId: newest ?? (restarted ? undefined : lastId),
  };
}
