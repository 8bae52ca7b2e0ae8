import { randomUUID } from "node:crypto";
import { ingestBatchSchema, parseIngestBatchFast } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import { makePayload } from "../src/testing/payload-factory.ts";
import { mutateOnce, seededRandom } from "./fuzz-mutations.ts";

const ids = { agentId: randomUUID(), targetId: randomUUID() };

/** A batch with labelled samples, an unlabelled one, inventory and a failed collection. */
function validBatch() {
  return {
    payloads: [
      makePayload(ids),
      makePayload(ids, {
        collector: "database_stats",
        group: "medium",
        data: {
          metrics: ["a", "b"].map((database, i) => ({
            name: "postgres.database.xact_commit",
            value: i * 1.5,
            labels: { database },
          })),
          diagnostics: [],
        },
      }),
      makePayload(ids, {
        status: "error",
        error: { kind: "privilege", message: "permission denied" },
        data: { metrics: [] },
      }),
    ],
  };
}

/** Both validators on the same document: the fast one must accept exactly what zod accepts. */
function compare(doc: unknown) {
  const fast = parseIngestBatchFast(structuredClone(doc));
  const slow = ingestBatchSchema.safeParse(structuredClone(doc));
  expect(fast !== undefined, JSON.stringify(doc).slice(0, 400)).toBe(slow.success);
  if (fast && slow.success) expect(fast).toEqual(slow.data);
}

describe("the fast ingest validator", () => {
  it("accepts valid batches and returns what zod returns (defaults included)", () => {
    const batch = validBatch();
    compare(batch);
    const noMetrics = structuredClone(batch) as { payloads: { data: { metrics?: unknown } }[] };
    delete noMetrics.payloads[2]?.data.metrics;
    compare(noMetrics);
    expect(parseIngestBatchFast(noMetrics)?.payloads[2]?.data.metrics).toEqual([]);
  });

  it("refuses exactly what zod refuses, over thousands of random mutations", () => {
    for (let seed = 1; seed <= 1500; seed++) {
      const rnd = seededRandom(seed);
      const doc = validBatch();
      const changes = 1 + Math.floor(rnd() * 3);
      for (let i = 0; i < changes; i++) mutateOnce(doc as never, rnd, ids.targetId);
      compare(doc);
    }
  });

  it("refuses the sample-level mistakes zod refuses", () => {
    const cases: unknown[] = [
      { name: "postgres.connections", value: 1, labels: { state: "x".repeat(201) } },
      { name: "postgres.connections", value: 1, labels: { ["k".repeat(65)]: "v" } },
      { name: "postgres.connections", value: 1, labels: { nope: "v" } },
      { name: "postgres.connections", value: "1" },
      { name: "redis.memory.used", value: 1 },
      { name: "", value: 1 },
      { name: "postgres.connections", value: 1, extra: true },
      { name: "postgres.connections", value: 1, labels: [] },
      { name: "postgres.connections", value: 1, labels: { state: 1 } },
      ["postgres.connections", 1],
      null,
    ];
    for (const sample of cases) {
      const doc = { payloads: [makePayload(ids, { data: { metrics: [sample as never] } })] };
      expect(parseIngestBatchFast(doc), JSON.stringify(sample)).toBeUndefined();
      compare(doc);
    }
  });
});
