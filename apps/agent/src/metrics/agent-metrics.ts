import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { CollectedPayload } from "../scheduler/collected.ts";
import type { ShipperStats } from "../shipper/shipper.ts";

export interface AgentMetrics {
  registry: Registry;
  /** Counts one collector run from its payload. */
  observe(p: CollectedPayload): void;
}

/**
 * The agent's own metrics for Prometheus: collector runs, errors and durations per target and
 * collector; spool size and age; payloads sent, failed and dropped; process RSS and event loop lag.
 */
export function createAgentMetrics(stats: () => ShipperStats | undefined): AgentMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "logstag_agent_" });
  const labelNames = ["target", "collector"] as const;
  const runs = new Counter({
    name: "logstag_agent_collector_runs_total",
    help: "Collector runs, by outcome.",
    labelNames: [...labelNames, "status"],
    registers: [registry],
  });
  const errors = new Counter({
    name: "logstag_agent_collector_errors_total",
    help: "Collector runs that failed, by error kind.",
    labelNames: [...labelNames, "kind"],
    registers: [registry],
  });
  const durations = new Histogram({
    name: "logstag_agent_collector_duration_seconds",
    help: "How long collector runs took.",
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const gauge = (name: string, help: string, read: (s: ShipperStats) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const s = stats();
        if (s) this.set(read(s));
      },
    });
  gauge("logstag_agent_spool_payloads", "Payloads waiting for the backend.", (s) => s.queued);
  gauge("logstag_agent_spool_bytes", "Bytes of payloads waiting.", (s) => s.queuedBytes);
  gauge("logstag_agent_spool_oldest_age_seconds", "Age of the oldest waiting payload.", (s) =>
    s.oldestQueuedAt ? Math.max(0, (Date.now() - s.oldestQueuedAt) / 1000) : 0,
  );
  gauge(
    "logstag_agent_payloads_sent",
    "Payloads the backend acknowledged since start.",
    (s) => s.sent,
  );
  gauge(
    "logstag_agent_delivery_failures",
    "Delivery requests that failed since start (network, 5xx, 429, 401, …).",
    (s) => s.failedRequests,
  );
  gauge(
    "logstag_agent_payloads_dropped",
    "Payloads dropped (spool budget, refused by the backend); kept across restarts with a spool.",
    (s) => s.droppedTotal,
  );
  return {
    registry,
    observe({ target, payload }) {
      const labels = { target, collector: payload.collector };
      runs.inc({ ...labels, status: payload.status });
      if (payload.error) errors.inc({ ...labels, kind: payload.error.kind });
      durations.observe(labels, payload.durationMs / 1000);
    },
  };
}
