import type { HealthSeverity } from "@logstag/api-contract";
import { SNAPSHOT_KINDS, type SnapshotKind } from "@logstag/protocol";
import type { z } from "zod";
import type { CheckResult, HealthInput, SeriesSummary } from "./check-types.ts";
import { NotEvaluatedError } from "./check-types.ts";

type RowOf<K extends SnapshotKind> = z.infer<(typeof SNAPSHOT_KINDS)[K]["row"]>;

export const pass = (): CheckResult => ({ status: "pass" });

/** The rows of the newest snapshot of `kind`, or not evaluated when there is none in the window. */
export function needRows<K extends SnapshotKind>(input: HealthInput, kind: K): RowOf<K>[] {
  const snapshot = input.snapshots[kind];
  if (!snapshot) {
    throw new NotEvaluatedError(
      `no ${kind} snapshot was received in the last ${input.windowHours} h (is the agent running and the collector enabled?)`,
    );
  }
  const row = SNAPSHOT_KINDS[kind].row;
  return snapshot.rows.flatMap((r) => {
    const parsed = row.safeParse(r);
    return parsed.success ? [parsed.data as RowOf<K>] : [];
  });
}

export function seriesOf(input: HealthInput, metric: string): SeriesSummary[] {
  return input.series.filter((s) => s.metric === metric);
}

/** The series of `metric`, or not evaluated when the window has none. */
export function needSeries(input: HealthInput, metric: string): SeriesSummary[] {
  const found = seriesOf(input, metric);
  if (found.length === 0) {
    throw new NotEvaluatedError(
      `no ${metric} samples in the last ${input.windowHours} h (the collector has not reported it)`,
    );
  }
  return found;
}

/** The newest value of an unlabelled gauge, or not evaluated. */
export function needLatest(input: HealthInput, metric: string): number {
  const value = needSeries(input, metric).find((s) => s.latest !== null)?.latest;
  if (value === undefined || value === null) {
    throw new NotEvaluatedError(`no recent ${metric} value in the last ${input.windowHours} h`);
  }
  return value;
}

export function sumIncrease(series: readonly SeriesSummary[]): number {
  return series.reduce((sum, s) => sum + (s.increase ?? 0), 0);
}

const UNITS = ["B", "kB", "MB", "GB", "TB", "PB"];

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${UNITS[unit]}`;
}

export function formatDuration(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} days`;
}

export const formatCount = (n: number) => Math.round(n).toLocaleString("en-US");
export const formatPercent = (ratio: number) => `${(ratio * 100).toFixed(1)} %`;

/** A short list of names for a sentence: `a, b, c and 4 more`. */
export function listNames(names: readonly string[], max = 5): string {
  if (names.length <= max) return names.join(", ");
  return `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
}

/** A finding; `evidence` lists label → value in the order given. */
export function fail(f: {
  summary: string;
  evidence: Record<string, string>;
  recommendation: string;
  command?: string | null;
  severity?: HealthSeverity;
}): CheckResult {
  return {
    status: "fail",
    summary: f.summary,
    evidence: Object.entries(f.evidence).map(([label, value]) => ({ label, value })),
    recommendation: f.recommendation,
    command: f.command ?? null,
    ...(f.severity ? { severity: f.severity } : {}),
  };
}
