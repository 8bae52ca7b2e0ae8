import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { CollectedPayload } from "../scheduler/collected.ts";
import { MemoryQueue } from "./payload-queue.ts";

function item(metrics = 1): CollectedPayload {
  return {
    target: "t",
    payload: {
      payloadId: randomUUID(),
      engine: "postgres",
      collector: "instance",
      group: "high",
      collectedAt: "2025-01-01T00:00:00.000Z",
      durationMs: 1,
      status: "ok",
      data: {
        metrics: Array.from({ length: metrics }, () => ({ name: "postgres.uptime", value: 1 })),
      },
    },
  };
}

describe("MemoryQueue", () => {
  it("peeks without removing and acks exactly the items sent", () => {
    const queue = new MemoryQueue();
    const [a, b, c] = [item(), item(), item()];
    for (const x of [a, b, c]) queue.push(x);
    expect(queue.peek(2)).toEqual([a, b]);
    expect(queue.size).toBe(3);
    queue.ack([a, b]);
    expect(queue.peek(10)).toEqual([c]);
  });

  it("drops the oldest payloads beyond the count limit", () => {
    const queue = new MemoryQueue({ maxPayloads: 2, maxBytes: 1e9 });
    const [a, b, c] = [item(), item(), item()];
    expect([queue.push(a), queue.push(b), queue.push(c)]).toEqual([0, 0, 1]);
    expect(queue.peek(10)).toEqual([b, c]);
  });

  it("drops the oldest payloads beyond the byte limit and keeps the byte count right", () => {
    const one = Buffer.byteLength(JSON.stringify(item().payload));
    const queue = new MemoryQueue({ maxPayloads: 100, maxBytes: one * 2.5 });
    const items = [item(), item(), item(), item()];
    const dropped = items.reduce((n, x) => n + queue.push(x), 0);
    expect(dropped).toBe(2);
    expect(queue.bytes).toBe(one * 2);
    queue.ack(queue.peek(10));
    expect(queue.bytes).toBe(0);
  });

  it("acks nothing for items it already dropped", () => {
    const queue = new MemoryQueue({ maxPayloads: 1, maxBytes: 1e9 });
    const a = item();
    queue.push(a);
    const inFlight = queue.peek(1);
    const b = item();
    queue.push(b);
    queue.ack(inFlight);
    expect(queue.peek(1)).toEqual([b]);
  });
});
