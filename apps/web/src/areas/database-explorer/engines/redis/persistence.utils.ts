import type { SeriesResponse } from "@logstag/api-contract";
import { latestValue } from "../../chart-math.utils.ts";

export type CheckState = "ok" | "failed" | "running" | "off" | "unknown";

export interface PersistenceCheck {
  key: string;
  label: string;
  state: CheckState;
  text: string;
}

const P = "redis.persistence.";

function flag(response: SeriesResponse, metric: string): number | null {
  return latestValue(response, `${P}${metric}`);
}

function outcome(value: number | null): { state: CheckState; text: string } {
  if (value === null) return { state: "unknown", text: "not reported" };
  return value === 1 ? { state: "ok", text: "ok" } : { state: "failed", text: "failed" };
}

/** The newest persistence flags as checks an operator reads at a glance. */
export function persistenceChecks(response: SeriesResponse): PersistenceCheck[] {
  const bgsaveRunning = flag(response, "rdb_bgsave_in_progress") === 1;
  const aof = flag(response, "aof_enabled");
  const aofRewriting = flag(response, "aof_rewrite_in_progress") === 1;
  const checks: PersistenceCheck[] = [
    {
      key: "rdb-bgsave",
      label: "Last RDB save",
      ...(bgsaveRunning
        ? { state: "running", text: "saving now" }
        : outcome(flag(response, "rdb_last_bgsave_ok"))),
    },
    {
      key: "aof",
      label: "Append-only file",
      ...(aof === null
        ? { state: "unknown", text: "not reported" }
        : aof === 1
          ? { state: "ok", text: "on" }
          : { state: "off", text: "off" }),
    },
  ];
  if (aof === 1) {
    checks.push(
      {
        key: "aof-write",
        label: "Last AOF write",
        ...outcome(flag(response, "aof_last_write_ok")),
      },
      {
        key: "aof-rewrite",
        label: "Last AOF rewrite",
        ...(aofRewriting
          ? { state: "running", text: "rewriting now" }
          : outcome(flag(response, "aof_last_bgrewrite_ok"))),
      },
    );
  }
  return checks;
}
