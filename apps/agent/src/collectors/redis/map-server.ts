import type { Inventory, MetricSample } from "@logstag/protocol";
import { type Info, numberOf, samples } from "./map-info.ts";

/** INFO field → metric, for the plain numbers of the server collector. */
const SERVER_FIELDS: [field: string, metric: string][] = [
  ["uptime_in_seconds", "redis.uptime"],
  ["connected_clients", "redis.clients.connected"],
  ["blocked_clients", "redis.clients.blocked"],
  ["tracking_clients", "redis.clients.tracking"],
  ["maxclients", "redis.clients.max"],
  ["total_connections_received", "redis.connections.received"],
  ["rejected_connections", "redis.connections.rejected"],
  ["used_memory", "redis.memory.used"],
  ["used_memory_rss", "redis.memory.rss"],
  ["used_memory_peak", "redis.memory.peak"],
  ["maxmemory", "redis.memory.maxmemory"],
  ["mem_fragmentation_ratio", "redis.memory.fragmentation_ratio"],
  ["total_commands_processed", "redis.commands.processed"],
  ["keyspace_hits", "redis.keyspace.hits"],
  ["keyspace_misses", "redis.keyspace.misses"],
  ["expired_keys", "redis.keys.expired"],
  ["evicted_keys", "redis.keys.evicted"],
  ["total_net_input_bytes", "redis.net.input_bytes"],
  ["total_net_output_bytes", "redis.net.output_bytes"],
  ["used_cpu_sys", "redis.cpu.sys"],
  ["used_cpu_user", "redis.cpu.user"],
];

const ACL_DENIED_REASONS = ["auth", "cmd", "key", "channel"] as const;

export function mapServerMetrics(info: Info): MetricSample[] {
  return samples([
    ...SERVER_FIELDS.map(([field, metric]): [string, number | undefined] => [
      metric,
      numberOf(info.get(field)),
    ]),
    // acl_access_denied_* (7.2+, Valkey): absent on older servers, so no sample at all.
    ...ACL_DENIED_REASONS.map((reason): [string, number | undefined, Record<string, string>] => [
      "redis.acl.denied",
      numberOf(info.get(`acl_access_denied_${reason}`)),
      { reason },
    ]),
  ]);
}

/** Valkey 8 still reports redis_version (7.2.4, for compatibility): server_name tells them apart. */
export function engineVersion(info: Info): string {
  const valkey = info.get("valkey_version");
  if (info.get("server_name") === "valkey" || valkey !== undefined) {
    return `Valkey ${valkey ?? info.get("redis_version") ?? "unknown"}`;
  }
  return `Redis ${info.get("redis_version") ?? "unknown"}`;
}

export function roleOf(info: Info): Inventory["role"] {
  const role = info.get("role");
  if (role === "master") return "primary";
  if (role === "slave" || role === "replica") return "replica";
  return "unknown";
}

export function mapInventory(info: Info, now: Date): Inventory {
  const uptime = numberOf(info.get("uptime_in_seconds"));
  const serverUsec = numberOf(info.get("server_time_usec"));
  const nowMs = serverUsec === undefined ? now.getTime() : serverUsec / 1000;
  return {
    engineVersion: engineVersion(info),
    role: roleOf(info),
    ...(uptime === undefined ? {} : { startedAt: new Date(nowMs - uptime * 1000).toISOString() }),
  };
}
