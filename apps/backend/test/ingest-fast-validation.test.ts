import { randomUUID } from "node:crypto";
import {
  ingestBatchSchema,
  MAX_SAMPLES_PER_PAYLOAD,
  parseIngestBatchFast,
} from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import { makePayload } from "../src/testing/payload-factory.ts";
import { mutateOnce, seededRandom } from "./fuzz-mutations.ts";

const ids = { agentId: randomUUID(), targetId: randomUUID() };

/**
 * A batch with labelled samples, an unlabelled one, inventory, a failed collection, and samples
 * grouped by label set (alone and beside `metrics`).
 */
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
      makePayload(ids, {
        collector: "database_stats",
        group: "medium",
        data: {
          metricGroups: ["a", "b"].map((database, i) => ({
            labels: { database },
            values: {
              "postgres.database.xact_commit": i * 2.5,
              "postgres.database.numbackends": i,
            },
          })),
        },
      }),
      makePayload(ids, {
        data: {
          metrics: [{ name: "postgres.connections", value: 3, labels: { state: "active" } }],
          metricGroups: [
            { labels: { state: "idle" }, values: { "postgres.connections": 7 } },
            { values: { "postgres.connections.max": 100, "postgres.uptime": 5 } },
          ],
        },
      }),
    ],
  };
}

type Group = { labels?: Record<string, unknown>; values: Record<string, unknown> };

const GROUP_NAMES = [
  "postgres.connections",
  "postgres.database.blks_hit",
  "postgres.uptime",
  "redis.memory.used",
  "",
  "n".repeat(129),
];
const GROUP_VALUES = [0, -3.5, 1e300, "1", null, true, [], {}];
const LABEL_KEYS = ["state", "database", "nope", "k".repeat(65)];

/** One change inside a payload's groups: names, values and labels that zod may or may not accept. */
function mutateGroups(doc: ReturnType<typeof validBatch>, rnd: () => number): void {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  // Earlier changes may have replaced any of these with something else: then nothing to change.
  const payloads: unknown = doc.payloads;
  if (!Array.isArray(payloads)) return;
  const payload: unknown = pick(payloads.slice(3));
  if (!isRecord(payload) || !isRecord(payload.data)) return;
  const groups = payload.data.metricGroups;
  if (!Array.isArray(groups)) return;
  const group: unknown = pick(groups);
  if (!isRecord(group)) return;
  if (!isRecord(group.values)) group.values = {};
  switch (Math.floor(rnd() * 5)) {
    case 0:
      (group.values as Group["values"])[pick(GROUP_NAMES)] = pick(GROUP_VALUES);
      break;
    case 1:
      group.labels = {
        ...(isRecord(group.labels) ? group.labels : {}),
        [pick(LABEL_KEYS)]: pick(["v", "x".repeat(201), 1]),
      };
      break;
    case 2:
      delete group.labels;
      break;
    case 3:
      groups.push({ values: {} });
      break;
    default:
      group.values = pick([{}, [], null, { "postgres.uptime": 1 }]) as never;
  }
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

  it("agrees with zod over thousands of random changes to grouped samples", () => {
    let accepted = 0;
    for (let seed = 1; seed <= 1500; seed++) {
      const rnd = seededRandom(seed);
      const doc = validBatch();
      const changes = 1 + Math.floor(rnd() * 3);
      for (let i = 0; i < changes; i++) {
        if (rnd() < 0.7) mutateGroups(doc, rnd);
        else mutateOnce(doc as never, rnd, ids.targetId);
      }
      compare(doc);
      if (parseIngestBatchFast(doc)) accepted++;
    }
    // Both verdicts occur, so the comparison covers acceptance as well as refusal.
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(1400);
  });

  it("counts samples in metrics and groups together against the payload's limit", () => {
    const half = MAX_SAMPLES_PER_PAYLOAD / 2;
    const payloadWith = (grouped: number) =>
      makePayload(ids, {
        data: {
          metrics: Array.from({ length: half }, () => ({ name: "postgres.uptime", value: 1 })),
          metricGroups: Array.from({ length: grouped }, () => ({
            values: { "postgres.uptime": 1 },
          })),
        },
      });
    const atLimit = { payloads: [payloadWith(half)] };
    expect(parseIngestBatchFast(atLimit)).toBeDefined();
    compare(atLimit);
    const over = { payloads: [payloadWith(half + 1)] };
    expect(parseIngestBatchFast(over)).toBeUndefined();
    compare(over);
    expect(ingestBatchSchema.safeParse(over).error?.issues[0]?.message).toMatch(
      /at most 20000 samples per payload/,
    );
  });

  it("refuses the group-level mistakes zod refuses", () => {
    const cases: unknown[] = [
      { labels: { database: "x".repeat(201) }, values: { "postgres.database.blks_hit": 1 } },
      { labels: { ["k".repeat(65)]: "v" }, values: {} },
      { labels: { state: "idle" }, values: { "postgres.database.blks_hit": 1 } },
      { values: { "postgres.uptime": "1" } },
      { values: { "redis.memory.used": 1 } },
      { values: { "": 1 } },
      { values: { ["n".repeat(129)]: 1 } },
      { values: { "postgres.uptime": 1 }, extra: true },
      { values: [] },
      { labels: [], values: {} },
      { labels: { state: 1 }, values: {} },
      { labels: { state: "idle" } },
      [{ "postgres.uptime": 1 }],
      null,
    ];
    for (const group of cases) {
      const doc = { payloads: [makePayload(ids, { data: { metricGroups: [group as never] } })] };
      expect(parseIngestBatchFast(doc), JSON.stringify(group)).toBeUndefined();
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
