import { randomUUID } from "node:crypto";
import { expandSamples, type MetricSample, payloadSchema } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import type { CollectedPayload } from "../scheduler/collected.ts";
import { stampPayload } from "./stamp.ts";

const registration = { agentId: randomUUID(), targets: [{ name: "a", targetId: randomUUID() }] };

function collected(status: "ok" | "error", metrics: MetricSample[]): CollectedPayload {
  return {
    target: "a",
    payload: {
      payloadId: randomUUID(),
      engine: "postgres",
      collector: "database_stats",
      group: "medium",
      collectedAt: new Date().toISOString(),
      durationMs: 0,
      status,
      ...(status === "error"
        ? { error: { kind: "connection" as const, message: "connection refused at db:5432" } }
        : {}),
      data: { metrics },
    },
  };
}

const samples: MetricSample[] = ["app", "billing"].flatMap((database, d) => [
  { name: "postgres.database.xact_commit", value: d * 10 + 1, labels: { database } },
  { name: "postgres.database.numbackends", value: d * 10 + 2, labels: { database } },
]);

describe("stampPayload", () => {
  it("adds agent and target ids from registration, or nothing for an unknown target", () => {
    const item = collected("error", []);
    const stamped = stampPayload(item, registration);
    expect(payloadSchema.parse(stamped)).toMatchObject({
      agentId: registration.agentId,
      targetId: registration.targets[0]?.targetId,
    });
    expect(stampPayload({ ...item, target: "b" }, registration)).toBeUndefined();
  });

  it("groups the samples by label set for a backend that takes groups", () => {
    const stamped = stampPayload(collected("ok", samples), {
      ...registration,
      acceptsMetricGroups: true,
    });
    const parsed = payloadSchema.parse(JSON.parse(JSON.stringify(stamped)));
    expect(parsed.data.metrics).toEqual([]);
    expect(parsed.data.metricGroups).toEqual([
      {
        labels: { database: "app" },
        values: { "postgres.database.xact_commit": 1, "postgres.database.numbackends": 2 },
      },
      {
        labels: { database: "billing" },
        values: { "postgres.database.xact_commit": 11, "postgres.database.numbackends": 12 },
      },
    ]);
    expect(expandSamples(parsed.data)).toEqual(samples);
  });

  it("sends one sample per object to a backend that does not say it takes groups", () => {
    const stamped = stampPayload(collected("ok", samples), registration);
    expect(stamped?.data.metrics).toEqual(samples);
    expect(stamped?.data.metricGroups).toBeUndefined();
  });
});
