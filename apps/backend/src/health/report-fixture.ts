import type { HealthReport } from "@logstag/api-contract";
import { POSTGRES_HEALTH_CHECKS } from "../engines/postgres/health/index.ts";
import { buildReport } from "./build-report.ts";
import { counter, gauge, input, NOW, setting, snapshot } from "./input-fixture.ts";
import { runChecks } from "./run-checks.ts";

/** A PostgreSQL report with findings in several categories, a mute and a previous report. */
export function sampleReport(): HealthReport {
  const data = input({
    snapshots: {
      "postgres.settings": snapshot([
        setting("fsync", "on"),
        setting("autovacuum", "off"),
        setting("track_counts", "on"),
        setting("password_encryption", "md5"),
        setting("ssl", "off"),
        setting("listen_addresses", "*"),
        setting("shared_buffers", "16384", { unit: "8kB" }),
        setting("shared_preload_libraries", ""),
        setting("idle_in_transaction_session_timeout", "0", { unit: "ms" }),
      ]),
      "postgres.extensions": snapshot([]),
    },
    series: [
      gauge("postgres.database.xid_age", 1_100_000_000, { labels: { database: "orders" } }),
      counter("postgres.checkpointer.timed", 12),
      counter("postgres.checkpointer.requested", 60),
      gauge("postgres.connections.max", 100),
      gauge("postgres.connections", 93, { labels: { state: "idle" } }),
    ],
  });
  const checks = POSTGRES_HEALTH_CHECKS;
  const meta = {
    target: {
      id: "7d1e3c9a-0000-4000-8000-000000000001",
      name: "orders-db",
      engine: "postgres" as const,
      version: "PostgreSQL 17.2",
      endpoint: "db.internal:5432/orders",
    },
    trigger: "manual" as const,
    dataWindowHours: 24,
  };
  const first = buildReport(
    {
      ...meta,
      id: "7d1e3c9a-0000-4000-8000-0000000000a1",
      generatedAt: new Date(NOW.getTime() - 86_400_000),
    },
    runChecks(checks, {
      ...data,
      snapshots: { ...data.snapshots, "postgres.settings": snapshot([setting("fsync", "off")]) },
    }),
    new Map(),
    null,
  );
  const mute = {
    id: "7d1e3c9a-0000-4000-8000-0000000000b1",
    reason: "TLS ends at the proxy in front of this server",
    until: "2026-06-01T00:00:00.000Z",
    by: "dba@example.test",
  };
  return buildReport(
    { ...meta, id: "7d1e3c9a-0000-4000-8000-0000000000a2", generatedAt: NOW },
    runChecks(checks, data),
    new Map([["postgres.ssl_off", mute]]),
    first,
  );
}
