import { findEngineMetric, SNAPSHOT_KIND_NAMES, type SnapshotKind } from "@logstag/protocol";
import type { HealthCheck, HealthInput, SeriesSummary } from "../../health/check-types.ts";
import type { TargetRow } from "../../store/inventory.ts";
import { findSnapshotAt } from "../../store/snapshots.ts";
import { loadTargetDiagnostics } from "../assets/target-diagnostics.ts";
import type { Ctx } from "../context.ts";
import { type LoadedSeries, loadBuckets } from "../series/load-buckets.ts";
import { snapshotTable } from "../snapshots/snapshot-table.ts";

// A report reads every series of the metrics its checks declare; this only bounds a target whose
// labels ran away (the chart API's own cap is LOGSTAG_MAX_SERIES_PER_QUERY).
const HEALTH_MAX_SERIES = 10_000;

/** The checks read data collected within this window before the report. */
export const HEALTH_WINDOW_HOURS = 24;
const STEP_SECONDS = 60;

/** What the checks declare they read (`snapshot <kind> …`, `metric <name> …`). */
export function declaredReads(
  checks: readonly HealthCheck[],
  what: "snapshot" | "metric",
): string[] {
  const names = checks.flatMap((c) =>
    c.reads.flatMap((r) => {
      const [word, name] = r.split(" ");
      return word === what && name ? [name] : [];
    }),
  );
  return [...new Set(names)];
}

function summarize(s: LoadedSeries, start: number): SeriesSummary {
  const buckets = [...s.buckets].filter((b) => b.count > 0).sort((a, b) => a.i - b.i);
  const last = buckets.at(-1);
  if (s.kind === "counter") {
    const increase = buckets.reduce((sum, b) => sum + b.increase, 0);
    return {
      metric: s.metric,
      labels: s.labels,
      latest: last && last.elapsed > 0 ? last.increase / last.elapsed : null,
      max: null,
      increase,
      coveredSeconds: buckets.reduce((sum, b) => sum + b.elapsed, 0),
      resets: buckets.reduce((sum, b) => sum + b.resets, 0),
      lastAt: last ? start + last.i * STEP_SECONDS : null,
    };
  }
  const averages = buckets.map((b) => b.sum / b.count);
  return {
    metric: s.metric,
    labels: s.labels,
    latest: averages.at(-1) ?? null,
    max: averages.length ? Math.max(...averages) : null,
    increase: null,
    coveredSeconds: buckets.length * STEP_SECONDS,
    resets: 0,
    lastAt: last ? start + last.i * STEP_SECONDS : null,
  };
}

function isSnapshotKind(kind: string): kind is SnapshotKind {
  return (SNAPSHOT_KIND_NAMES as readonly string[]).includes(kind);
}

/** Reads from the store exactly what the target engine's checks declare; nothing reaches the monitored server. */
export async function loadHealthInput(
  ctx: Ctx,
  target: TargetRow,
  checks: readonly HealthCheck[],
  now: Date,
): Promise<HealthInput> {
  const from = new Date(now.getTime() - HEALTH_WINDOW_HOURS * 3_600_000);
  const snapshots: HealthInput["snapshots"] = {};
  for (const kind of declaredReads(checks, "snapshot")) {
    const found = await findSnapshotAt(ctx.db, ctx.orgId, {
      // A kind no collector sends yet has no rows anywhere; the check then says so.
      table: isSnapshotKind(kind) ? snapshotTable(kind) : "snapshots",
      targetId: target.id,
      kind,
      at: now,
      notBefore: from,
    });
    if (found && Array.isArray(found.rows)) {
      snapshots[kind] = {
        collectedAt: found.collected_at.toISOString(),
        truncated: found.truncated,
        rows: found.rows,
      };
    }
  }
  const metrics = declaredReads(checks, "metric").filter((m) => findEngineMetric(m, target.engine));
  const loaded = metrics.length
    ? await loadBuckets(
        ctx,
        {
          targetId: target.id,
          metrics,
          from: from.toISOString(),
          to: now.toISOString(),
          step: STEP_SECONDS,
        },
        { maxPoints: 24 * 60 + 1, maxSeries: HEALTH_MAX_SERIES },
      )
    : { series: [], start: 0 };
  const diagnostics = (await loadTargetDiagnostics(ctx, [target.id])).get(target.id) ?? [];
  return {
    now,
    target: {
      name: target.name,
      engine: target.engine,
      version: target.version,
      role: target.role,
    },
    snapshots,
    series: loaded.series.map((s) => summarize(s, loaded.start)),
    diagnostics: diagnostics.map((d) => ({
      collector: d.collector,
      code: d.code,
      missing: d.missing,
      impact: d.impact,
      fix: d.fix,
    })),
    windowHours: HEALTH_WINDOW_HOURS,
  };
}
