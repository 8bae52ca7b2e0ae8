import { randomUUID } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AGENT_API, expandSamples, type IngestBatch, ingestBatchSchema } from "@logstag/protocol";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeBackend, startFakeBackend } from "../../test/fake-backend.ts";
import { captureLogs, waitFor } from "../../test/log-capture.ts";
import type { CollectedPayload } from "../scheduler/collected.ts";
import { createBackendClient } from "./backend-client.ts";
import { DiskSpool } from "./disk-spool.ts";
import type { PayloadQueue } from "./payload-queue.ts";
import { type Shipper, startShipper } from "./shipper.ts";

const API_KEY = "lsa_test_key";
let backend: FakeBackend | undefined;
let shipper: Shipper | undefined;
afterEach(async () => {
  await shipper?.stop(100);
  await backend?.close();
  shipper = undefined;
  backend = undefined;
});

function collected(target = "orders-db"): CollectedPayload {
  return {
    target,
    payload: {
      payloadId: randomUUID(),
      engine: "postgres",
      collector: "instance",
      group: "high",
      collectedAt: new Date().toISOString(),
      durationMs: 3,
      status: "ok",
      data: { metrics: [{ name: "postgres.uptime", value: 100 }] },
    },
  };
}

function start(
  url: string,
  logger = captureLogs().logger,
  flushIntervalMs = 50,
  queue?: PayloadQueue,
): Shipper {
  shipper = startShipper({
    ...(queue ? { queue } : {}),
    client: createBackendClient({ url, apiKey: API_KEY }),
    registration: {
      agentName: "web-01",
      hostname: "web-01",
      agentVersion: "0.1.0",
      targets: [{ name: "orders-db", engine: "postgres", endpoint: "db:5432/orders" }],
    },
    logger,
    flushIntervalMs,
  });
  return shipper;
}

const ingested = (b: FakeBackend): IngestBatch[] =>
  b.requests.filter((r) => r.path === AGENT_API.ingest).map((r) => ingestBatchSchema.parse(r.body));
const deliveredIds = (b: FakeBackend) =>
  new Set(ingested(b).flatMap((x) => x.payloads.map((p) => p.payloadId)));

describe("shipper", () => {
  it("registers once the backend comes up, then ships gzip JSON batches with the agent key", async () => {
    const probe = await startFakeBackend();
    const { port, url } = probe;
    await probe.close();
    const logs = captureLogs();
    const s = start(url, logs.logger);
    const items = [collected(), collected(), collected()];
    for (const item of items) s.enqueue(item);
    await waitFor(() => logs.text().includes(`backend unreachable at ${url}`));
    expect(logs.text()).toContain("ECONNREFUSED");
    backend = await startFakeBackend(port);
    await waitFor(() => deliveredIds(backend as FakeBackend).size === 3);
    const request = backend.requests.find((r) => r.path === AGENT_API.ingest);
    expect(request?.headers).toMatchObject({
      authorization: `Bearer ${API_KEY}`,
      "content-type": "application/json",
      "content-encoding": "gzip",
    });
    const [payload] = ingested(backend)[0]?.payloads ?? [];
    expect(payload).toMatchObject({
      agentId: backend.agentId,
      targetId: backend.targetIds.get("orders-db"),
    });
    // The backend has the batch before the shipper has read the answer: wait for that too.
    await waitFor(() => s.stats().sent === 3);
    expect(s.stats()).toMatchObject({ registered: true, sent: 3, queued: 0, dropped: 0 });
    expect(logs.text()).not.toContain(API_KEY);
  });

  it("keeps a batch through 503 and 429 (honoring Retry-After) and drops what the backend calls malformed", async () => {
    backend = await startFakeBackend();
    backend.ingestAnswers.push(
      { status: 503, headers: { "retry-after": "0" } },
      { status: 429, headers: { "retry-after": "1" } },
    );
    const s = start(backend.url);
    const first = collected();
    s.enqueue(first);
    await waitFor(() => deliveredIds(backend as FakeBackend).size === 1 && s.stats().sent === 1);
    const attempts = backend.requests.filter((r) => r.path === AGENT_API.ingest).length;
    expect(attempts).toBe(3);
    backend.ingestAnswers.push({ status: 400 });
    s.enqueue(collected());
    await waitFor(() => s.stats().dropped === 1);
    const last = collected();
    s.enqueue(last);
    await waitFor(() => s.stats().sent === 2);
    expect(s.stats()).toMatchObject({ queued: 0, dropped: 1 });
  });

  it("logs a rejected agent key clearly and keeps the payloads", async () => {
    backend = await startFakeBackend();
    backend.ingestAnswers.push({ status: 401 });
    const logs = captureLogs();
    const s = start(backend.url, logs.logger);
    s.enqueue(collected());
    await waitFor(() => logs.text().includes("agent key rejected"));
    expect(s.stats()).toMatchObject({ queued: 1, sent: 0, dropped: 0 });
  });

  it("drops payloads of targets the backend did not register", async () => {
    backend = await startFakeBackend();
    const s = start(backend.url);
    s.enqueue(collected("unknown-db"));
    s.enqueue(collected());
    await waitFor(() => s.stats().sent === 1);
    expect(s.stats()).toMatchObject({ dropped: 1, queued: 0 });
  });

  it("splits a batch the backend finds too large instead of dropping it", async () => {
    backend = await startFakeBackend();
    const s = start(backend.url, undefined, 60_000);
    await waitFor(() => s.stats().registered);
    backend.ingestAnswers.push({ status: 413 });
    for (let i = 0; i < 4; i++) s.enqueue(collected());
    await s.stop(3000);
    expect(ingested(backend).map((b) => b.payloads.length)).toEqual([4, 2, 2]);
    expect(deliveredIds(backend).size).toBe(4);
    expect(s.stats()).toMatchObject({ sent: 4, dropped: 0 });
  });

  it("sends what an earlier run left in the disk spool, grouped for a backend that takes groups", async () => {
    const dir = await mkdtemp(join(tmpdir(), "logstag-spool-"));
    const left = await DiskSpool.open({ dir, maxBytes: 1e9, maxAgeMs: 3_600_000 });
    const items = [collected(), collected()];
    for (const item of items) {
      item.payload.data.metrics.push(
        { name: "postgres.connections", value: 2, labels: { state: "idle" } },
        { name: "postgres.connections", value: 1, labels: { state: "active" } },
      );
      left.push(item);
    }
    await left.close();
    backend = await startFakeBackend();
    backend.acceptsMetricGroups = true;
    const queue = await DiskSpool.open({ dir, maxBytes: 1e9, maxAgeMs: 3_600_000 });
    const s = start(backend.url, undefined, 50, queue);
    await waitFor(() => s.stats().sent === 2);
    const sent = ingested(backend).flatMap((b) => b.payloads);
    expect(sent.map((p) => p.payloadId)).toEqual(items.map((i) => i.payload.payloadId));
    for (const [i, p] of sent.entries()) {
      expect(p.data.metrics).toEqual([]);
      expect(p.data.metricGroups).toHaveLength(3);
      expect(expandSamples(p.data)).toEqual(items[i]?.payload.data.metrics);
    }
    await s.stop(1000);
    await queue.close();
  });

  it("flushes what is queued when stopped", async () => {
    backend = await startFakeBackend();
    const s = start(backend.url, undefined, 60_000);
    await waitFor(() => s.stats().registered);
    for (let i = 0; i < 5; i++) s.enqueue(collected());
    await s.stop(2000);
    expect(deliveredIds(backend).size).toBe(5);
  });
});
