import {
  fail,
  formatBytes,
  formatCount,
  formatPercent,
  needLatest,
  needSeries,
  pass,
  seriesOf,
  sumIncrease,
} from "../../../health/check-helpers.ts";
import type { HealthCheck } from "../../../health/check-types.ts";
import { configSet, needConfig, needParam, REDIS_DOCS } from "./config.ts";

const EVICTION_DOCS = "https://redis.io/docs/latest/develop/reference/eviction/";

export const memoryChecks: HealthCheck[] = [
  {
    id: "redis.no_maxmemory",
    title: "No memory limit (maxmemory = 0)",
    category: "capacity",
    severity: "high",
    reads: ["snapshot redis.config (maxmemory)", "metric redis.memory.used"],
    why: "Without a limit the dataset grows until the operating system kills the server or it swaps; with one, the eviction policy decides what happens.",
    docsUrl: EVICTION_DOCS,
    evaluate(input) {
      const max = Number(needParam(needConfig(input), "maxmemory"));
      if (max > 0) return pass();
      const used = seriesOf(input, "redis.memory.used")[0]?.latest ?? null;
      return fail({
        summary: `maxmemory = 0: memory use is unbounded${used !== null ? ` (using ${formatBytes(used)} now)` : ""}.`,
        evidence: {
          maxmemory: "0 (no limit)",
          ...(used !== null ? { used_memory: formatBytes(used) } : {}),
        },
        recommendation:
          "Set maxmemory below the memory the host can give (leave room for fork copy-on-write and buffers) and pick an eviction policy that fits the data.",
        command: configSet("maxmemory", "<bytes, e.g. 4gb>"),
      });
    },
  },
  {
    id: "redis.noeviction_near_limit",
    title: "noeviction policy with memory near the limit",
    category: "availability",
    severity: "high",
    reads: ["snapshot redis.config (maxmemory, maxmemory-policy)", "metric redis.memory.used"],
    why: "With noeviction, writes fail with OOM errors once used memory reaches maxmemory.",
    docsUrl: EVICTION_DOCS,
    evaluate(input) {
      const config = needConfig(input);
      const max = Number(needParam(config, "maxmemory"));
      const policy = needParam(config, "maxmemory-policy");
      if (!(max > 0) || policy !== "noeviction") return pass();
      const used = Math.max(...needSeries(input, "redis.memory.used").map((s) => s.max ?? 0));
      if (used / max < 0.9) return pass();
      return fail({
        severity: used >= max ? "critical" : "high",
        summary: `maxmemory-policy = noeviction and memory reached ${formatPercent(used / max)} of maxmemory (${formatBytes(used)} of ${formatBytes(max)}): writes fail when it is full.`,
        evidence: {
          "maxmemory-policy": policy,
          maxmemory: formatBytes(max),
          [`Peak used_memory in ${input.windowHours} h`]: formatBytes(used),
        },
        recommendation:
          "Raise maxmemory, reduce the dataset (TTLs), or, for a cache, use an eviction policy such as allkeys-lru.",
        command: configSet("maxmemory-policy", "allkeys-lru"),
      });
    },
  },
  {
    id: "redis.memory_near_limit",
    title: "Memory close to maxmemory",
    category: "capacity",
    severity: "medium",
    reads: ["metric redis.memory.used", "metric redis.memory.maxmemory"],
    why: "Near the limit the server evicts keys (losing cached data) or refuses writes, depending on the policy.",
    docsUrl: EVICTION_DOCS,
    evaluate(input) {
      const max = needLatest(input, "redis.memory.maxmemory");
      if (max <= 0) return pass();
      const used = needLatest(input, "redis.memory.used");
      if (used / max < 0.85) return pass();
      return fail({
        summary: `used_memory is ${formatBytes(used)}, ${formatPercent(used / max)} of maxmemory ${formatBytes(max)}.`,
        evidence: { used_memory: formatBytes(used), maxmemory: formatBytes(max) },
        recommendation:
          "Plan more memory or shrink the dataset (expire keys, smaller encodings) before the limit is reached.",
        command: "MEMORY STATS",
      });
    },
  },
  {
    id: "redis.evictions",
    title: "Keys evicted for lack of memory",
    category: "capacity",
    severity: "low",
    reads: ["metric redis.keys.evicted"],
    why: "Evictions mean the dataset does not fit; for a cache that lowers the hit rate, for a primary store it loses data.",
    docsUrl: EVICTION_DOCS,
    evaluate(input) {
      const evicted = sumIncrease(needSeries(input, "redis.keys.evicted"));
      if (evicted === 0) return pass();
      return fail({
        summary: `${formatCount(evicted)} keys were evicted in the last ${input.windowHours} h.`,
        evidence: { "Evicted keys": formatCount(evicted) },
        recommendation:
          "If Redis is not only a cache, give it more memory; otherwise check that the hit rate is still acceptable.",
        command: "INFO stats",
      });
    },
  },
  {
    id: "redis.fragmentation",
    title: "High memory fragmentation",
    category: "performance",
    severity: "medium",
    reads: [
      "metric redis.memory.fragmentation_ratio",
      "metric redis.memory.rss",
      "metric redis.memory.used",
    ],
    why: "A high ratio of RSS to used memory wastes RAM the dataset cannot use.",
    docsUrl: `${REDIS_DOCS}/optimization/memory-optimization/`,
    evaluate(input) {
      const ratio = needLatest(input, "redis.memory.fragmentation_ratio");
      const rss = needLatest(input, "redis.memory.rss");
      const used = seriesOf(input, "redis.memory.used")[0]?.latest ?? 0;
      // Small instances always look fragmented: the allocator's fixed overhead dominates.
      if (ratio < 1.5 || rss - used < 100 * 1024 ** 2) return pass();
      return fail({
        summary: `mem_fragmentation_ratio is ${ratio.toFixed(2)}: RSS ${formatBytes(rss)} for ${formatBytes(used)} of data.`,
        evidence: {
          mem_fragmentation_ratio: ratio.toFixed(2),
          used_memory_rss: formatBytes(rss),
          used_memory: formatBytes(used),
        },
        recommendation:
          "Enable active defragmentation (jemalloc builds), or restart the instance in a maintenance window.",
        command: configSet("activedefrag", "yes"),
      });
    },
  },
  {
    id: "redis.swapping",
    title: "Memory swapped out",
    category: "performance",
    severity: "high",
    reads: ["metric redis.memory.fragmentation_ratio", "metric redis.memory.used"],
    why: "A ratio below 1 means part of the dataset lives in swap: every access to it takes disk latency.",
    docsUrl: `${REDIS_DOCS}/optimization/latency/`,
    evaluate(input) {
      const ratio = needLatest(input, "redis.memory.fragmentation_ratio");
      const used = needLatest(input, "redis.memory.used");
      if (ratio >= 0.9 || used < 64 * 1024 ** 2) return pass();
      return fail({
        summary: `mem_fragmentation_ratio is ${ratio.toFixed(2)} with ${formatBytes(used)} used: part of the memory is swapped out.`,
        evidence: { mem_fragmentation_ratio: ratio.toFixed(2), used_memory: formatBytes(used) },
        recommendation:
          "Give the host more memory or lower maxmemory; disable swap for the instance (vm.swappiness) so pressure shows early.",
        command: null,
      });
    },
  },
];
