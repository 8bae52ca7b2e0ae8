import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { createGunzip, gunzipSync } from "node:zlib";
import { everySample, type IngestBatch, parseIngestBatchFast } from "@logstag/protocol";
import { requestDecompressors } from "../apps/backend/src/http/request-decompression.ts";
import {
  findOverflowingValue,
  normalizePayload,
} from "../apps/backend/src/services/ingest/normalize-payload.ts";
import { collectPoints } from "../apps/backend/src/services/ingest/store-samples.ts";
import { PointBatch } from "../apps/backend/src/store/points-copy.ts";
import { type Batch, buildBatches, type LoadShape, pointsPerPayload } from "./ingest-load.ts";
import { fmt, machine } from "./lib/stats.ts";

// CPU per point of each step the backend takes on an ingest request, each step alone on the
// request bodies of `npm run bench:ingest` (one process, no database, no HTTP): what is left of
// the backend's CPU in that benchmark is HTTP, the database driver and garbage collection.
// Bodies in both forms of samples: grouped by label set, as agents send them to a backend that
// takes groups, and one object per sample, as older agents send them.
const shape: LoadShape = {
  agents: 1,
  targetsPerAgent: 4,
  databasesPerTarget: 20,
  payloadsPerBatch: 50,
  totalPoints: 0,
};
const perPayload = pointsPerPayload(shape);
const orgId = randomUUID();

function bodiesFor(acceptsMetricGroups: boolean): Batch[] {
  const targets = Array.from({ length: 4 }, (_, t) => ({
    name: `db-${t}`,
    targetId: randomUUID(),
  }));
  const registration = { agentId: randomUUID(), targets, acceptsMetricGroups };
  const agent = { agentId: registration.agentId, targetIds: [], registration };
  return buildBatches([agent], shape, 100, Date.now()).flat();
}

/** Best of a few rounds: CPU time of one pass, per point. */
function cpuPerPoint(points: number, step: () => unknown, rounds = 5): number {
  step();
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    step();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / points);
  }
  return best;
}

// Kept apart from cpuPerPoint: awaiting a step's result keeps it alive through the next pass,
// and the garbage collector then copies a whole pass of parsed samples.
async function asyncCpuPerPoint(points: number, step: () => Promise<void>): Promise<number> {
  await step();
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 5; r++) {
    const c0 = process.cpuUsage();
    await step();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / points);
  }
  return best;
}

function checked(doc: unknown): IngestBatch {
  const batch = parseIngestBatchFast(doc);
  if (!batch) throw new Error("the benchmark's batch does not pass the ingest check");
  return batch;
}

/** As the HTTP layer reads a gzip body: stream-inflated, pieces joined, decoded once, parsed. */
async function readBodies(batches: Batch[], inflate: () => NodeJS.ReadWriteStream) {
  for (const b of batches) {
    const stream = Readable.from([b.gzipped]).pipe(inflate());
    const text = await new Promise<string>((resolve, reject) => {
      const pieces: Buffer[] = [];
      stream.on("data", (piece: Buffer) => pieces.push(piece));
      stream.on("end", () => resolve(Buffer.concat(pieces).toString("utf8")));
      stream.on("error", reject);
    });
    JSON.parse(text);
  }
}

async function measureForm(label: string, batches: Batch[]): Promise<void> {
  const points = batches.reduce((n, b) => n + b.points, 0);
  const texts = batches.map((b) => gunzipSync(b.gzipped).toString("utf8"));
  const parsed = texts.map((t) => JSON.parse(t) as unknown);
  const valid = parsed.map(checked);
  const steps: [string, () => unknown][] = [
    ["gunzip and decode to text", () => batches.map((b) => gunzipSync(b.gzipped).toString())],
    ["JSON.parse", () => texts.map((t) => JSON.parse(t))],
    ["ingest check (parseIngestBatchFast)", () => parsed.map(parseIngestBatchFast)],
    ["normalizePayload", () => valid.map((b) => b.payloads.map(normalizePayload))],
    [
      "binary COPY encoding (sort + rows)",
      () => {
        for (const b of valid) {
          const batch = new PointBatch(b.payloads.length * perPayload);
          b.payloads.forEach((p, i) => {
            everySample(p.data, (_n, value, _l, j) => batch.push(i * perPayload + j, i, value));
          });
          batch.encode(orgId);
        }
      },
    ],
    [
      "text → JSON.parse → check → normalize → columns → COPY encoding, together",
      () => {
        const ids = Array.from({ length: perPayload }, (_, i) => i + 1);
        for (const t of texts) {
          const { payloads } = checked(JSON.parse(t));
          if (findOverflowingValue(payloads)) throw new Error("values out of range");
          const normalized = payloads.map(normalizePayload);
          collectPoints(normalized, new Map(normalized.map((p) => [p, ids]))).batch.encode(orgId);
        }
      },
    ],
  ];
  const text = texts.reduce((n, t) => n + t.length, 0) / points;
  const gzip = batches.reduce((n, b) => n + b.gzipped.length, 0) / points;
  console.log(`${label}: ${fmt(text, 1)} bytes of JSON, ${fmt(gzip, 2)} gzip bytes per point`);
  for (const [name, step] of steps)
    console.log(`  ${name}: ${fmt(cpuPerPoint(points, step), 3)} µs/point`);
  const streamed: [string, () => Promise<void>][] = [
    [
      "gzip body stream → text → JSON.parse, zlib's 16 KiB chunks",
      () => readBodies(batches, createGunzip),
    ],
    [
      "gzip body stream → text → JSON.parse, the backend's chunks",
      () => readBodies(batches, requestDecompressors.createGunzip),
    ],
  ];
  for (const [name, step] of streamed)
    console.log(`  ${name}: ${fmt(await asyncCpuPerPoint(points, step), 3)} µs/point`);
}

const grouped = bodiesFor(true);
console.log(`machine: ${machine()}`);
console.log(`${grouped.length} requests of ${fmt(grouped[0]?.points ?? 0)} points`);
await measureForm("samples grouped by label set (what agents send)", grouped);
await measureForm("one object per sample (older agents)", bodiesFor(false));
