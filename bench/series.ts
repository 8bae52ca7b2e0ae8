import { AGENT_API, type PayloadInput } from "@logstag/protocol";
import { runMaintenance } from "../apps/backend/src/jobs/maintenance-job.ts";
import { runRollup } from "../apps/backend/src/jobs/rollup-job.ts";
import { PARTITIONED_TABLES } from "../apps/backend/src/store/partitioned-tables.ts";
import { ensurePartitions } from "../apps/backend/src/store/partitions.ts";
import { createTestOrg, signIn } from "../apps/backend/src/testing/start-test-backend.ts";
import { DEFAULT_TIMESERIES_CONFIG } from "../apps/backend/src/timeseries-config.ts";
import { registerAgents } from "./ingest-load.ts";
import { openBenchBackend, openBenchStore } from "./lib/bench-store.ts";
import { fmt, machine, since, summarize } from "./lib/stats.ts";

const DAY = 86_400_000;
const DAYS = Number(process.env.BENCH_DAYS ?? 30);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 40);
const STATES = ["active", "idle", "idle in transaction", "fastpath function call", "disabled"];
const DATABASES = ["app", "billing", "search", "auth", "reports"];
// 20 series: 5 connection states and, per database, backends (gauge), commits and hits (counters).
const METRICS = [
  "postgres.connections",
  "postgres.database.numbackends",
  "postgres.database.xact_commit",
  "postgres.database.blks_hit",
];

function seedPayload(agentId: string, targetId: string): PayloadInput {
  return {
    payloadId: crypto.randomUUID(),
    agentId,
    targetId,
    engine: "postgres",
    collector: "bench",
    group: "high",
    collectedAt: new Date(Date.now() - 60_000).toISOString(),
    durationMs: 1,
    status: "ok",
    data: {
      metrics: [
        ...STATES.map((state) => ({ name: "postgres.connections", value: 1, labels: { state } })),
        ...METRICS.slice(1).flatMap((name) =>
          DATABASES.map((database) => ({ name, value: 1, labels: { database } })),
        ),
      ],
    },
  };
}

async function main(): Promise<void> {
  console.log(`machine: ${machine()}`);
  const store = await openBenchStore();
  console.log(`PostgreSQL ${store.serverVersion}`);
  // The bench computes the rollups itself (same job code), so queries meet a settled store.
  const backend = await openBenchBackend(store, { LOGSTAG_JOBS: "0" });
  try {
    const org = await createTestOrg(store.db);
    const [agent] = await registerAgents(backend.url, org.agentKey, {
      agents: 1,
      targetsPerAgent: 1,
      databasesPerTarget: 0,
      payloadsPerBatch: 1,
      totalPoints: 0,
    });
    const targetId = agent?.targetIds[0] as string;
    const seed = await fetch(backend.url + AGENT_API.ingest, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${org.agentKey}` },
      body: JSON.stringify({ payloads: [seedPayload(agent?.agentId as string, targetId)] }),
    });
    if (!seed.ok) throw new Error(`seed ingest failed: ${seed.status} ${await seed.text()}`);

    // 30 days of 10-second samples for the 20 series, written directly (an ingest run would take
    // as long and measure something else), then rolled up and trimmed to raw retention.
    const end = Math.floor(Date.now() / 10_000) * 10_000 - 120_000;
    const start = end - DAYS * DAY;
    const points = PARTITIONED_TABLES.find((t) => t.table === "points");
    if (points) await ensurePartitions(store.db, points, new Date(start), new Date(end));
    let t0 = performance.now();
    await store.db.query("delete from points where org_id = $1", [org.orgId]);
    for (let day = start; day < end; day += DAY) {
      await store.db.query(
        `insert into points (org_id, series_id, ts, value)
         select $1, s.id, t,
                case when s.metric in ('postgres.database.xact_commit', 'postgres.database.blks_hit')
                     then (extract(epoch from t - $2::timestamptz) * (s.id % 7 + 1))::bigint % 50000000
                     else 20 + 10 * sin(extract(epoch from t) / 3600 + s.id) end
           from series s, generate_series($3::timestamptz, least($4::timestamptz, $5::timestamptz), '10 seconds') t
          where s.org_id = $1 and s.target_id = $6`,
        [
          org.orgId,
          new Date(start),
          new Date(day),
          new Date(day + DAY - 10_000),
          new Date(end),
          targetId,
        ],
      );
    }
    const { rows } = await store.db.query<{ n: number; series: number }>(
      "select count(*)::int as n, count(distinct series_id)::int as series from points where org_id = $1",
      [org.orgId],
    );
    console.log(
      `loaded ${fmt(rows[0]?.n ?? 0)} points of ${rows[0]?.series} series over ${DAYS} days in ${fmt(since(t0) / 1000, 1)} s`,
    );
    t0 = performance.now();
    for (;;) {
      const summary = await runRollup(store.db, { budgetMs: 600_000 });
      if (summary.caughtUp) break;
    }
    console.log(`rolled up in ${fmt(since(t0) / 1000, 1)} s`);
    const trimmed = await runMaintenance(store.db, DEFAULT_TIMESERIES_CONFIG.retentionDays);
    console.log(
      `raw retention ${DEFAULT_TIMESERIES_CONFIG.retentionDays.raw} days: dropped ${trimmed.dropped.length} partitions`,
    );
    await store.db.query("vacuum analyze");

    const cookie = await signIn(backend.url, org);
    const ranges: [string, number, number | undefined][] = [
      ["24 h", DAY, undefined],
      ["7 d", 7 * DAY, undefined],
      ["30 d", 30 * DAY, undefined],
      ["24 h at step 60 s", DAY, 60],
      ["24 h at the finest step (raw points)", DAY, 10],
    ];
    const lines = ["", "series benchmark (20 series, 10 s resolution)"];
    const figures: Record<string, number> = {};
    for (const [name, span, step] of ranges) {
      const times: number[] = [];
      let info = "";
      for (let i = 0; i < REQUESTS + 3; i++) {
        const to = new Date();
        const q = new URLSearchParams({
          metrics: METRICS.join(","),
          from: new Date(to.getTime() - span).toISOString(),
          to: to.toISOString(),
          ...(step ? { step: String(step) } : {}),
        });
        const s0 = performance.now();
        const res = await fetch(`${backend.url}/api/v1/targets/${targetId}/series?${q}`, {
          headers: { cookie },
        });
        const body = (await res.json()) as {
          step: number;
          source?: string;
          timestamps: number[];
          series: unknown[];
        };
        if (res.status !== 200) throw new Error(`series query failed: ${JSON.stringify(body)}`);
        if (i >= 3) times.push(since(s0));
        info = `step ${body.step} s from ${body.source}, ${body.series.length} series × ${body.timestamps.length} buckets`;
      }
      const t = summarize(times);
      figures[name] = Math.round(t.p95);
      lines.push(
        `  ${name.padEnd(38)} p50 ${fmt(t.p50, 1).padStart(6)} ms  p95 ${fmt(t.p95, 1).padStart(6)} ms  p99 ${fmt(t.p99, 1).padStart(6)} ms  (${info})`,
      );
    }
    console.log(lines.join("\n"));
    console.log(JSON.stringify({ bench: "series", p95Ms: figures }));
  } finally {
    await backend.stop();
    await store.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
