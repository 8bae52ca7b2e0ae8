import { AGENT_API } from "@logstag/protocol";
import type { FastifyInstance } from "fastify";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { Db } from "../store/db.ts";

/**
 * The backend's own metrics for Prometheus: ingest rate, request latency per route, background
 * job lag, database pool usage, and the process (RSS, event loop lag).
 */
export function createBackendMetrics(app: FastifyInstance, db: Db): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "logstag_backend_" });
  const latency = new Histogram({
    name: "logstag_backend_request_duration_seconds",
    help: "HTTP request latency by route and status.",
    labelNames: ["method", "route", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const ingested = new Counter({
    name: "logstag_backend_ingested_payloads_total",
    help: "Payloads received from agents in accepted ingest requests.",
    registers: [registry],
  });
  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    const labels = { method: request.method, route, status: String(reply.statusCode) };
    latency.observe(labels, reply.elapsedTime / 1000);
    if (route === AGENT_API.ingest && reply.statusCode === 200) {
      const body = request.body as { payloads?: unknown[] } | undefined;
      ingested.inc(body?.payloads?.length ?? 0);
    }
  });
  const pool = db;
  const poolGauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  poolGauge("logstag_backend_db_pool_total", "Database connections open.", () => pool.totalCount);
  poolGauge("logstag_backend_db_pool_idle", "Database connections idle.", () => pool.idleCount);
  poolGauge(
    "logstag_backend_db_pool_waiting",
    "Requests waiting for a database connection.",
    () => pool.waitingCount,
  );
  new Gauge({
    name: "logstag_backend_job_lag_seconds",
    help: "Seconds since each background job last started.",
    labelNames: ["job"],
    registers: [registry],
    async collect() {
      const { rows } = await db.query<{ job: string; lag: number }>(
        "select job, extract(epoch from now() - max(started_at))::float8 as lag from job_runs group by job",
      );
      this.reset();
      for (const r of rows) this.set({ job: r.job }, r.lag);
    },
  });
  return registry;
}
