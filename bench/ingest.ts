import { loadavg } from "node:os";
import { AGENT_API, everySample, type Payload } from "@logstag/protocol";
import { runRollup } from "../apps/backend/src/jobs/rollup-job.ts";
import { canonicalLabels } from "../apps/backend/src/services/ingest/series-ids.ts";
import type { Db } from "../apps/backend/src/store/db.ts";
import { copyEncoded, isoToPgMicros, PointBatch } from "../apps/backend/src/store/points-copy.ts";
import { createTestOrg } from "../apps/backend/src/testing/start-test-backend.ts";
import {
  type Batch,
  buildBatches,
  type LoadShape,
  pointsPerPayload,
  registerAgents,
  ticksFor,
} from "./ingest-load.ts";
import { openBenchBackend, openBenchStore } from "./lib/bench-store.ts";
import { cpuSeconds, watchRss, watchTreeCpu } from "./lib/proc-stats.ts";
import { fmt, machine, mib, since, summarize } from "./lib/stats.ts";

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const shape: LoadShape = {
  agents: num("BENCH_AGENTS", 8),
  targetsPerAgent: num("BENCH_TARGETS", 4),
  databasesPerTarget: num("BENCH_DATABASES", 20),
  payloadsPerBatch: num("BENCH_BATCH", 50),
  totalPoints: num("BENCH_POINTS", 6_000_000),
};

interface PhaseCpu {
  wallS: number;
  backendCpuS: number;
  postgresCpuS: number;
  postgresByRole: Record<string, number>;
  loadCpuS: number;
}

async function measure<T>(
  pids: { backend?: number | undefined; postmaster?: number | undefined },
  work: () => Promise<T>,
): Promise<{ result: T; cpu: PhaseCpu }> {
  const b0 = pids.backend ? cpuSeconds(pids.backend) : 0;
  const postgres = pids.postmaster ? watchTreeCpu(pids.postmaster) : undefined;
  const l0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await work();
  const wallS = since(t0) / 1000;
  const l1 = process.cpuUsage(l0);
  const pgCpu = postgres?.stop();
  return {
    result,
    cpu: {
      wallS,
      backendCpuS: pids.backend ? cpuSeconds(pids.backend) - b0 : Number.NaN,
      postgresCpuS: pgCpu ? pgCpu.total : Number.NaN,
      postgresByRole: pgCpu?.byRole ?? {},
      loadCpuS: (l1.user + l1.system) / 1e6,
    },
  };
}

const emptyCpu = (): PhaseCpu => ({
  wallS: 0,
  backendCpuS: 0,
  postgresCpuS: 0,
  postgresByRole: {},
  loadCpuS: 0,
});

function addCpu(sum: PhaseCpu, add: PhaseCpu): void {
  sum.wallS += add.wallS;
  sum.backendCpuS += add.backendCpuS;
  sum.postgresCpuS += add.postgresCpuS;
  sum.loadCpuS += add.loadCpuS;
  for (const [role, s] of Object.entries(add.postgresByRole))
    sum.postgresByRole[role] = (sum.postgresByRole[role] ?? 0) + s;
}

/** Each simulated agent posts its batches one after the other, retrying what the backend defers. */
async function postAll(url: string, key: string, batches: Batch[][]) {
  const latencies: number[] = [];
  let deferred = 0;
  await Promise.all(
    batches.map(async (mine) => {
      for (const batch of mine) {
        for (;;) {
          const t0 = performance.now();
          const res = await fetch(url + AGENT_API.ingest, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              "content-encoding": "gzip",
              authorization: `Bearer ${key}`,
            },
            body: batch.gzipped,
          });
          const text = await res.text();
          if (res.status === 200) {
            latencies.push(since(t0));
            break;
          }
          if (res.status !== 503 && res.status !== 429)
            throw new Error(`ingest failed: ${res.status} ${text}`);
          deferred++;
          await new Promise((r) =>
            setTimeout(r, Number(res.headers.get("retry-after") ?? 1) * 1000),
          );
        }
      }
    }),
  );
  return { latencies, deferred };
}

/** The same rows straight into the same table: COPY per batch, one transaction each, same concurrency. */
async function copyAll(db: Db, batches: Batch[][]) {
  await Promise.all(
    batches.map(async (mine) => {
      const client = await db.connect();
      try {
        for (const batch of mine) {
          await client.query("begin");
          await copyEncoded(client, batch.copy as Buffer);
          await client.query("commit");
        }
      } finally {
        client.release();
      }
    }),
  );
}

async function seriesIdsOf(db: Db, orgId: string): Promise<Map<string, number>> {
  const { rows } = await db.query<{
    id: number;
    target_id: string;
    metric: string;
    labels: string;
  }>("select id, target_id, metric, labels::text as labels from series where org_id = $1", [orgId]);
  return new Map(
    rows.map((r) => [`${r.target_id}/${r.metric}/${canonicalLabels(JSON.parse(r.labels))}`, r.id]),
  );
}

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0] ?? 0;
  const perPayload = pointsPerPayload(shape);
  console.log(`machine: ${machine()}`);
  console.log(
    `load: ${shape.agents} agents × ${shape.targetsPerAgent} targets, ${perPayload} points per payload, ${shape.payloadsPerBatch} payloads (${fmt(perPayload * shape.payloadsPerBatch)} points) per gzip request, ${fmt(shape.totalPoints)} points`,
  );
  const store = await openBenchStore();
  const backend = await openBenchBackend(store, { LOGSTAG_JOBS: "0" });
  console.log(
    `PostgreSQL ${store.serverVersion}; backend ${backend.url} (pid ${backend.pid ?? "external"})`,
  );
  try {
    const org = await createTestOrg(store.db);
    const agents = await registerAgents(backend.url, org.agentKey, shape);
    const ticks = ticksFor(shape);
    const lastAt = Date.now() - 5 * 60_000;
    const firstAt = lastAt - ticks * 10_000;

    // Warm-up: creates the series dictionary, fills the backend's caches, warms the JIT.
    const warmTicks = Math.max(2, Math.ceil(ticks / 20));
    await postAll(
      backend.url,
      org.agentKey,
      buildBatches(agents, shape, warmTicks, firstAt - 10_000),
    );

    const ids = await seriesIdsOf(store.db, org.orgId);
    const encodeCopy = (payloads: Payload[]) => {
      const batch = new PointBatch(payloads.length * perPayload);
      for (const p of payloads) {
        // 1 µs later than the copy sent over HTTP: the same rows, without duplicate index keys.
        const pgMicros = isoToPgMicros(p.collectedAt) + 1;
        everySample(p.data, (name, value, labels) => {
          const key = `${p.targetId}/${name}/${canonicalLabels(labels)}`;
          batch.push(ids.get(key) as number, pgMicros, value);
        });
      }
      return batch.encode(org.orgId);
    };
    console.log("building and compressing the batches …");
    const batches = buildBatches(agents, shape, ticks, lastAt, encodeCopy);
    const totalPoints = batches.flat().reduce((n, b) => n + b.points, 0);
    const bodyBytes = batches.flat().reduce((n, b) => n + b.gzipped.length, 0);
    const requests = batches.flat().length;

    const pids = { backend: backend.pid, postmaster: store.postmasterPid };
    await store.db.query("truncate points");
    await store.db.query("checkpoint");
    // HTTP and raw COPY take turns, so both meet the same table sizes and, on a shared machine,
    // the same background load.
    const rounds = Math.max(1, num("BENCH_ROUNDS", 4));
    const slice = (r: number) =>
      batches.map((mine) => {
        const size = Math.ceil(mine.length / rounds);
        return mine.slice(r * size, (r + 1) * size);
      });
    const rss = backend.pid ? watchRss(backend.pid) : undefined;
    console.log(
      `${fmt(requests)} requests (${mib(bodyBytes)} gzip), then the same rows by raw COPY, in ${rounds} alternating rounds …`,
    );
    const http = { latencies: [] as number[], deferred: 0, cpu: emptyCpu() };
    const copy = { cpu: emptyCpu() };
    const runHttp = async (r: number) => {
      const h = await measure(pids, () => postAll(backend.url, org.agentKey, slice(r)));
      http.latencies.push(...h.result.latencies);
      http.deferred += h.result.deferred;
      addCpu(http.cpu, h.cpu);
    };
    const runCopy = async (r: number) =>
      addCpu(copy.cpu, (await measure(pids, () => copyAll(store.db, slice(r)))).cpu);
    for (let r = 0; r < rounds; r++) {
      // Whichever goes second writes next to the keys the first just wrote, into index pages
      // already in memory: the two take the first turn in alternate rounds.
      if (r % 2 === 0) {
        await runHttp(r);
        await runCopy(r);
      } else {
        await runCopy(r);
        await runHttp(r);
      }
    }
    const mem = rss?.stop();
    const { rows } = await store.db.query<{ n: number }>(
      "select count(*)::int as n from points where org_id = $1",
      [org.orgId],
    );
    if (rows[0]?.n !== 2 * totalPoints)
      throw new Error(`stored ${rows[0]?.n} points, expected ${2 * totalPoints}`);

    // BENCH_ROLLUP=0 skips timing the rollup (a minute or more) when only ingestion is of interest.
    const timeRollup = process.env.BENCH_ROLLUP !== "0";
    const rollup = await measure(pids, async () => {
      if (!timeRollup) return { minuteRows: 0 };
      let summary = await runRollup(store.db, { budgetMs: 600_000 });
      while (!summary.caughtUp) summary = await runRollup(store.db, { budgetMs: 600_000 });
      return summary;
    });

    const lat = summarize(http.latencies);
    const perPoint = (cpuS: number) => (cpuS / totalPoints) * 1e6;
    const usBackend = perPoint(http.cpu.backendCpuS);
    const usPostgres = perPoint(http.cpu.postgresCpuS);
    const usLoad = perPoint(http.cpu.loadCpuS);
    const usCopy = perPoint(copy.cpu.postgresCpuS);
    const httpRate = totalPoints / http.cpu.wallS;
    const copyRate = totalPoints / copy.cpu.wallS;
    const cores = (s: number) => fmt(s / http.cpu.wallS, 2);
    const roles = (r: Record<string, number>) =>
      Object.entries(r)
        .filter(([, s]) => s >= 0.05)
        .sort((a, b) => b[1] - a[1])
        .map(([role, s]) => `${role} ${fmt(s, 1)} s`)
        .join(", ");
    const out = [
      "",
      "ingest benchmark",
      `  end to end (HTTP, gzip JSON, validated, COPY, committed): ${fmt(httpRate)} points/s  (${fmt(totalPoints)} points in ${fmt(http.cpu.wallS, 1)} s, ${fmt(requests / http.cpu.wallS, 1)} requests/s)`,
      `  request latency: p50 ${fmt(lat.p50)} ms, p99 ${fmt(lat.p99)} ms  (${fmt(perPayload * shape.payloadsPerBatch)} points per request; ${http.deferred} deferred with 503)`,
      `  backend CPU: ${fmt(http.cpu.backendCpuS, 1)} s = ${cores(http.cpu.backendCpuS)} cores; RSS peak ${mem ? mib(mem.peak) : "n/a"}, end ${mem ? mib(mem.last) : "n/a"}`,
      `  PostgreSQL CPU: ${fmt(http.cpu.postgresCpuS, 1)} s = ${cores(http.cpu.postgresCpuS)} cores; load generator CPU ${fmt(http.cpu.loadCpuS, 1)} s`,
      `    PostgreSQL by process: ${roles(http.cpu.postgresByRole)}`,
      `  raw COPY of the same rows (binary, ${shape.agents} connections, one transaction per batch): ${fmt(copyRate)} points/s  (${fmt(copy.cpu.wallS, 1)} s, PostgreSQL CPU ${fmt(copy.cpu.postgresCpuS, 1)} s)`,
      `    PostgreSQL by process: ${roles(copy.cpu.postgresByRole)}`,
      `  ratio end to end / raw COPY: ${fmt(httpRate / copyRate, 2)}`,
      `  CPU per point: backend ${fmt(usBackend, 2)} µs + PostgreSQL ${fmt(usPostgres, 2)} µs (raw COPY: PostgreSQL ${fmt(usCopy, 2)} µs); two otherwise idle cores would allow about ${fmt(2e6 / (usBackend + usPostgres + usLoad))} points/s`,
      `  machine load average (1 min) at start ${fmt(loadAtStart, 1)}, at end ${fmt(loadavg()[0] ?? 0, 1)}`,
      timeRollup
        ? `  rollup of those points into 1-minute and 1-hour buckets: ${fmt((2 * totalPoints) / rollup.cpu.wallS)} points/s (${fmt(rollup.cpu.wallS, 1)} s, ${fmt(rollup.result.minuteRows)} minute rows)`
        : "  rollup not timed (BENCH_ROLLUP=0)",
    ];
    console.log(out.join("\n"));
    console.log(
      JSON.stringify({
        bench: "ingest",
        pointsPerSecond: Math.round(httpRate),
        rawCopyPointsPerSecond: Math.round(copyRate),
        ratio: Number((httpRate / copyRate).toFixed(3)),
        p50Ms: Math.round(lat.p50),
        p99Ms: Math.round(lat.p99),
        backendCores: Number(cores(http.cpu.backendCpuS)),
        postgresCores: Number(cores(http.cpu.postgresCpuS)),
        rssPeakMiB: mem ? Math.round(mem.peak / 2 ** 20) : null,
        rollupPointsPerSecond: timeRollup ? Math.round((2 * totalPoints) / rollup.cpu.wallS) : null,
        cpuMicrosPerPoint: {
          backend: Number(usBackend.toFixed(2)),
          postgres: Number(usPostgres.toFixed(2)),
          rawCopyPostgres: Number(usCopy.toFixed(2)),
        },
      }),
    );
  } finally {
    await backend.stop();
    await store.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
