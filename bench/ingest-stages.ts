import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { createGunzip, gunzipSync } from "node:zlib";
import { everySample, parseIngestBatchFast } from "@logstag/protocol";
import { requestDecompressors } from "../apps/backend/src/http/request-decompression.ts";
import { normalizePayload } from "../apps/backend/src/services/ingest/normalize-payload.ts";
import { PointBatch } from "../apps/backend/src/store/points-copy.ts";
import { buildBatches, type LoadShape } from "./ingest-load.ts";
import { fmt, machine } from "./lib/stats.ts";

// CPU per point of each step the backend takes on an ingest request, each step alone on the
// request bodies of `npm run bench:ingest` (one process, no database, no HTTP): what is left of
// the backend's CPU in that benchmark is HTTP, the database driver and garbage collection.
const shape: LoadShape = {
  agents: 1,
  targetsPerAgent: 4,
  databasesPerTarget: 20,
  payloadsPerBatch: 50,
  totalPoints: 0,
};
const targets = Array.from({ length: 4 }, (_, t) => ({ name: `db-${t}`, targetId: randomUUID() }));
const registration = { agentId: randomUUID(), targets, acceptsMetricGroups: true };
const agents = [
  { agentId: registration.agentId, targetIds: targets.map((t) => t.targetId), registration },
];
const batches = buildBatches(agents, shape, 100, Date.now()).flat();
const points = batches.reduce((n, b) => n + b.points, 0);

/** Best of a few rounds: CPU time of one pass over every batch, per point. */
function cpuPerPoint(step: () => void, rounds = 5): number {
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

const texts = batches.map((b) => gunzipSync(b.gzipped).toString("utf8"));
const parsed = texts.map((t) => JSON.parse(t) as unknown);
const valid = parsed.map((p) => {
  const batch = parseIngestBatchFast(p);
  if (!batch) throw new Error("the benchmark's batch does not pass the ingest check");
  return batch;
});
const orgId = randomUUID();
const steps: [string, () => void][] = [
  ["gunzip and decode to text", () => batches.map((b) => gunzipSync(b.gzipped).toString())],
  ["JSON.parse", () => texts.map((t) => JSON.parse(t))],
  ["ingest check (parseIngestBatchFast)", () => parsed.map((p) => parseIngestBatchFast(p))],
  ["normalizePayload", () => valid.map((b) => b.payloads.map(normalizePayload))],
  [
    "binary COPY encoding (sort + rows)",
    () => {
      for (const b of valid) {
        const batch = new PointBatch(b.payloads.length * 280);
        b.payloads.forEach((p, i) => {
          everySample(p.data, (_name, value, _labels, j) => batch.push(i * 280 + j, i, value));
        });
        batch.encode(orgId);
      }
    },
  ],
];
/** As the HTTP layer reads a gzip body: stream-inflated, pieces joined, decoded once, parsed. */
async function readBodies(inflate: () => NodeJS.ReadWriteStream): Promise<void> {
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

async function asyncCpuPerPoint(step: () => Promise<void>, rounds = 5): Promise<number> {
  await step();
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    await step();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / points);
  }
  return best;
}

const streamed: [string, () => Promise<void>][] = [
  ["gzip body stream → text → JSON.parse, zlib's 16 KiB chunks", () => readBodies(createGunzip)],
  [
    "gzip body stream → text → JSON.parse, the backend's chunks",
    () => readBodies(requestDecompressors.createGunzip),
  ],
];
console.log(`machine: ${machine()}`);
console.log(`${batches.length} requests of ${fmt(points / batches.length)} points`);
for (const [label, step] of steps) console.log(`  ${label}: ${fmt(cpuPerPoint(step), 3)} µs/point`);
for (const [label, step] of streamed)
  console.log(`  ${label}: ${fmt(await asyncCpuPerPoint(step), 3)} µs/point`);
