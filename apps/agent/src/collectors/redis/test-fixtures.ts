import { readFileSync } from "node:fs";

/**
 * INFO replies kept as text: `redis-7.0-*` and `valkey-8.0` were captured from the real
 * servers the integration tests run; `redis-6.0` and `redis-6.2` follow the documented shape
 * of those versions (no latencystats; no errorstats and no failed/rejected calls before 6.2).
 */
export function infoFixture(
  name:
    | "redis-6.0"
    | "redis-6.2"
    | "redis-7.0-primary"
    | "redis-7.0-replica-replication"
    | "valkey-8.0",
): string {
  return readFileSync(new URL(`./fixtures/${name}.info`, import.meta.url), "utf8");
}
