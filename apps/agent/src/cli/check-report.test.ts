import { randomUUID } from "node:crypto";
import type { CollectionError } from "@logstag/protocol";
import { expect, it } from "vitest";
import type { TargetConfig } from "../config/agent-config.ts";
import type { CollectedPayload } from "../scheduler/collected.ts";
import { reportDisabled, reportTarget } from "./check-report.ts";

const target = { name: "orders-db", engine: "postgres", endpoint: "db:5432/orders" } as const;
const config: TargetConfig = {
  ...target,
  enabled: true,
  intervalsMs: { high: 1, medium: 1, low: 1, schema: 1 },
  collectorTimeoutMs: 1,
  connection: {},
};

function payload(collector: string, error?: CollectionError): CollectedPayload {
  const base = {
    payloadId: randomUUID(),
    engine: "postgres" as const,
    collector,
    group: "high" as const,
    collectedAt: new Date().toISOString(),
    durationMs: 1,
  };
  const inventory = { engineVersion: "PostgreSQL 18.1", role: "primary" as const };
  return {
    target: target.name,
    payload: error
      ? { ...base, status: "error", error, data: { metrics: [] } }
      : {
          ...base,
          status: "ok",
          data: { metrics: [], ...(collector === "instance" ? { inventory } : {}) },
        },
  };
}

it("reports a healthy target on one line", () => {
  expect(reportTarget(config, [payload("instance"), payload("database_stats")])).toEqual({
    ok: true,
    lines: ["orders-db (postgres db:5432/orders): OK — PostgreSQL 18.1, primary, 2 collectors"],
  });
});

it("reports a connection failure once", () => {
  const refused = { kind: "connection", message: "connection refused at db:5432" } as const;
  expect(
    reportTarget(config, [payload("instance", refused), payload("database_stats", refused)]),
  ).toEqual({
    ok: false,
    lines: [
      "orders-db (postgres db:5432/orders): FAILED — connection: connection refused at db:5432",
    ],
  });
});

it("lists each collector when some lack privileges", () => {
  const denied = {
    kind: "privilege",
    message: "permission denied for view pg_stat_database",
  } as const;
  expect(
    reportTarget(config, [payload("instance"), payload("database_stats", denied)]).lines,
  ).toEqual([
    "orders-db (postgres db:5432/orders): FAILED — PostgreSQL 18.1, primary; 1 of 2 collectors failed",
    "  instance        ok",
    "  database_stats  privilege: permission denied for view pg_stat_database",
  ]);
  expect(reportDisabled(config)).toBe(
    "orders-db (postgres db:5432/orders): skipped (enabled = false)",
  );
});

it("lists each missing privilege once with its fix, without failing the target", () => {
  const diagnostic = {
    code: "pg_read_all_stats",
    missing: "membership in pg_monitor (or pg_read_all_stats)",
    impact: "Sessions of other roles are not sampled.",
    fix: "GRANT pg_monitor TO nobody;",
  };
  const withDiagnostic = (collector: string): CollectedPayload => {
    const p = payload(collector);
    return {
      ...p,
      payload: { ...p.payload, data: { ...p.payload.data, diagnostics: [diagnostic] } },
    };
  };
  expect(
    reportTarget(config, [
      payload("instance"),
      withDiagnostic("activity"),
      withDiagnostic("replication"),
    ]),
  ).toEqual({
    ok: true,
    lines: [
      "orders-db (postgres db:5432/orders): OK — PostgreSQL 18.1, primary, 3 collectors; 1 missing privileges or settings",
      "  missing membership in pg_monitor (or pg_read_all_stats) (activity, replication): Sessions of other roles are not sampled.",
      "    fix: GRANT pg_monitor TO nobody;",
    ],
  });
});
