import type { PostgresSetting } from "@logstag/protocol";
import type { HealthCheck, HealthInput, SeriesSummary } from "./check-types.ts";
import { runChecks } from "./run-checks.ts";

/** Builders of check inputs for table tests: only what a case sets, the rest absent. */
export const NOW = new Date("2026-03-02T12:00:00Z");

export function input(parts: Partial<HealthInput> = {}): HealthInput {
  return {
    now: NOW,
    target: { name: "db", engine: "postgres", version: "PostgreSQL 17.2", role: "primary" },
    snapshots: {},
    series: [],
    diagnostics: [],
    windowHours: 24,
    ...parts,
  };
}

export function snapshot(rows: unknown[], collectedAt = NOW.toISOString()) {
  return { collectedAt, truncated: false, rows };
}

export function setting(
  name: string,
  value: string,
  extra: Partial<PostgresSetting> = {},
): PostgresSetting {
  return {
    name,
    setting: value,
    unit: null,
    category: null,
    description: null,
    source: "configuration file",
    bootValue: value,
    pendingRestart: false,
    context: "sighup",
    isDefault: false,
    ...extra,
  };
}

export function gauge(
  metric: string,
  latest: number,
  o: Partial<SeriesSummary> = {},
): SeriesSummary {
  return {
    metric,
    labels: {},
    latest,
    max: latest,
    increase: null,
    coveredSeconds: 86_400,
    resets: 0,
    lastAt: NOW.getTime() / 1000,
    ...o,
  };
}

export function counter(
  metric: string,
  increase: number,
  o: Partial<SeriesSummary> = {},
): SeriesSummary {
  return {
    metric,
    labels: {},
    latest: increase / 86_400,
    max: null,
    increase,
    coveredSeconds: 86_400,
    resets: 0,
    lastAt: NOW.getTime() / 1000,
    ...o,
  };
}

/** Runs one check (by id) of a list and returns its outcome. */
export function outcome(checks: readonly HealthCheck[], id: string, data: HealthInput) {
  const check = checks.find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  const run = runChecks([check], data);
  const finding = run.findings[0];
  if (finding) return { status: "fail" as const, ...finding };
  const skipped = run.notEvaluated[0];
  if (skipped) return { status: "not_evaluated" as const, ...skipped };
  return { status: "pass" as const };
}
