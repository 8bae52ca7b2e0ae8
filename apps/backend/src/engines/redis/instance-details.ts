import type { Ctx } from "../../services/context.ts";
import {
  isoOrNull,
  latestValueOf,
  readLatestValues,
} from "../../services/instance/latest-values.ts";
import type { TargetRow } from "../../store/inventory.ts";
import type { InstanceDetails } from "../engine-backend.ts";

/** Keyspace counts come with the medium group (every minute by default). */
const LOOKBACK_MS = 15 * 60_000;

const METRICS = [
  "redis.memory.used",
  "redis.memory.maxmemory",
  "redis.clients.connected",
  "redis.clients.max",
  "redis.keyspace.keys",
];

/** Memory against its limit, clients, and the keys per logical database. */
export async function redisInstanceDetails(ctx: Ctx, target: TargetRow): Promise<InstanceDetails> {
  const values = await readLatestValues(ctx, target.id, METRICS, LOOKBACK_MS);
  const keys = values.filter((v) => v.metric === "redis.keyspace.keys" && v.labels.db);
  const items = keys
    .map((v) => ({ name: v.labels.db ?? "", value: v.value }))
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
  const maxmemory = latestValueOf(values, "redis.memory.maxmemory");
  return {
    facts: [
      {
        key: "used_memory",
        label: "Used memory",
        value: latestValueOf(values, "redis.memory.used"),
        unit: "bytes",
        text: null,
      },
      {
        key: "maxmemory",
        label: "maxmemory",
        value: maxmemory,
        unit: "bytes",
        text: maxmemory === 0 ? "no limit" : null,
      },
      {
        key: "connected_clients",
        label: "Clients",
        value: latestValueOf(values, "redis.clients.connected"),
        unit: "count",
        text: null,
      },
      {
        key: "maxclients",
        label: "maxclients",
        value: latestValueOf(values, "redis.clients.max"),
        unit: "count",
        text: null,
      },
      {
        key: "keys",
        label: "Keys",
        value: items.length ? items.reduce((sum, k) => sum + k.value, 0) : null,
        unit: "count",
        text: null,
      },
    ],
    parts: {
      label: "Keyspaces",
      unit: "count",
      items,
      collectedAt: isoOrNull(Math.max(0, ...keys.map((k) => k.at))),
    },
  };
}
