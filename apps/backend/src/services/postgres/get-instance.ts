import type { PostgresInstanceResponse } from "@logstag/api-contract";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { querySeries } from "../series/query-series.ts";
import { findPostgresTarget } from "./postgres-target.ts";

/** Sizes come with the medium group (every minute by default); look back far enough to find them. */
const LOOKBACK_MS = 30 * 60_000;

type Series = Awaited<ReturnType<typeof querySeries>>["series"][number];

function lastValue(series: Series, timestamps: number[]): { value: number; at: number } | null {
  for (let i = series.values.length - 1; i >= 0; i--) {
    const value = series.values[i];
    if (value !== null && value !== undefined) return { value, at: timestamps[i] ?? 0 };
  }
  return null;
}

/** The instance header: version, role and start time from the inventory; size and max_connections from the latest samples. */
export async function getPostgresInstance({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { targetId: string };
}): Promise<PostgresInstanceResponse> {
  authorize(ctx, "metrics.read");
  const target = await findPostgresTarget(ctx, input.targetId);
  const now = Date.now();
  const recent = await querySeries({
    ctx,
    input: {
      targetId: target.id,
      metrics: ["postgres.database.size", "postgres.connections.max"],
      from: new Date(now - LOOKBACK_MS).toISOString(),
      to: new Date(now + 1000).toISOString(),
      step: 60,
    },
  });
  const databases: { name: string; sizeBytes: number }[] = [];
  let maxConnections: number | null = null;
  let sizesAt = 0;
  for (const s of recent.series) {
    const last = lastValue(s, recent.timestamps);
    if (!last) continue;
    if (s.metric === "postgres.connections.max") maxConnections = last.value;
    else if (s.labels.database !== undefined) {
      databases.push({ name: s.labels.database, sizeBytes: last.value });
      sizesAt = Math.max(sizesAt, last.at);
    }
  }
  databases.sort((a, b) => b.sizeBytes - a.sizeBytes || a.name.localeCompare(b.name));
  const startedAt = target.started_at?.toISOString() ?? null;
  return {
    version: target.version,
    role: target.role,
    startedAt,
    uptimeSeconds: target.started_at
      ? Math.max(0, Math.floor((now - target.started_at.getTime()) / 1000))
      : null,
    maxConnections,
    totalSizeBytes: databases.length ? databases.reduce((sum, d) => sum + d.sizeBytes, 0) : null,
    databases,
    sizesCollectedAt: sizesAt ? new Date(sizesAt * 1000).toISOString() : null,
  };
}
