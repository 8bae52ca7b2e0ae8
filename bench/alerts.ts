import { evaluateOrg } from "../apps/backend/src/alerting/evaluation/evaluate-org.ts";
import { templateLibrary } from "../apps/backend/src/alerting/templates/load-templates.ts";
import { DEFAULT_TENANT_LIMITS } from "../apps/backend/src/limits-config.ts";
import { registerAgent } from "../apps/backend/src/services/agents/register-agent.ts";
import { createRule } from "../apps/backend/src/services/alerts/create-rule.ts";
import { PARTITIONED_TABLES } from "../apps/backend/src/store/partitioned-tables.ts";
import { ensurePartitions } from "../apps/backend/src/store/partitions.ts";
import { createTestOrg } from "../apps/backend/src/testing/start-test-backend.ts";
import { openBenchStore } from "./lib/bench-store.ts";
import { fmt, machine, since, summarize } from "./lib/stats.ts";

// One evaluation pass of 20 rules over 1,000 PostgreSQL targets, on 70 minutes of stored series,
// as the alert-evaluation job runs it (read, evaluate, write). Prints figures; asserts nothing.
const TARGETS = Number(process.env.BENCH_TARGETS ?? 1000);
const PASSES = Number(process.env.BENCH_PASSES ?? 5);
const AGENTS = Math.max(1, Math.ceil(TARGETS / 100));

/** metric, labels, seconds between samples, SQL value ({t}: seconds ago, {n}: target number) */
const SERIES: [string, Record<string, string>, number, string][] = [
  ["postgres.connections", { state: "active" }, 10, "5 + ({n} % 7)"],
  ["postgres.connections", { state: "idle" }, 10, "20 + ({n} % 30)"],
  ["postgres.connections", { state: "idle in transaction" }, 10, "{n} % 3"],
  ["postgres.connections.max", {}, 10, "100"],
  ["postgres.activity.blocked", {}, 10, "case when {n} % 50 = 0 then 12 else 0 end"],
  ["postgres.activity.idle_in_transaction", {}, 10, "{n} % 3"],
  ["postgres.activity.longest_transaction", {}, 10, "case when {n} % 40 = 0 then 7200 else 3 end"],
  [
    "postgres.activity.longest_idle_in_transaction",
    {},
    10,
    "case when {n} % 25 = 0 then 900 else 0 end",
  ],
  ...["app", "billing"].flatMap((database): [string, Record<string, string>, number, string][] => [
    ["postgres.database.blks_hit", { database }, 60, "(4200 - {t}) * 5000"],
    [
      "postgres.database.blks_read",
      { database },
      60,
      "(4200 - {t}) * case when {n} % 20 = 0 then 900 else 10 end",
    ],
    [
      "postgres.database.deadlocks",
      { database },
      60,
      "case when {n} % 100 = 0 then (4200 - {t}) / 60 else 0 end",
    ],
    ["postgres.database.temp_bytes", { database }, 60, "(4200 - {t}) * 1000"],
    [
      "postgres.database.xid_age",
      { database },
      600,
      "case when {n} % 200 = 0 then 1200000000 else 50000000 end",
    ],
    ["postgres.database.mxid_age", { database }, 600, "1000"],
  ]),
  ["postgres.checkpointer.timed", {}, 60, "(4200 - {t}) / 300"],
  [
    "postgres.checkpointer.requested",
    {},
    60,
    "(4200 - {t}) / case when {n} % 10 = 0 then 60 else 3000 end",
  ],
  [
    "postgres.replication.lag_bytes",
    { application_name: "standby1", client_addr: "10.0.0.2" },
    60,
    "{n} * 1000",
  ],
  [
    "postgres.replication.replay_lag",
    { application_name: "standby1", client_addr: "10.0.0.2" },
    60,
    "1",
  ],
  [
    "postgres.replication.slot.retained_wal",
    { slot: "s1", slot_type: "physical" },
    60,
    "{n} * 10000000",
  ],
];

const RULES: [string, Record<string, number>][] = [
  ["postgres-connection-saturation", {}],
  ["postgres-connection-saturation", { warning_pct: 30, critical_pct: 60 }],
  ["postgres-replication-lag", {}],
  ["postgres-xid-wraparound", {}],
  ["postgres-long-transaction", {}],
  ["postgres-long-transaction", { warning_seconds: 600, critical_seconds: 3600 }],
  ["postgres-idle-in-transaction", {}],
  ["postgres-blocked-sessions", {}],
  ["postgres-deadlocks", {}],
  ["postgres-cache-hit-ratio", {}],
  ["postgres-cache-hit-ratio", { warning_pct: 99, critical_pct: 97 }],
  ["postgres-requested-checkpoints", {}],
  ["postgres-temp-bytes", {}],
  ["postgres-temp-bytes", { warning_bytes_per_second: 1000 }],
  ["postgres-slot-retaining-wal", {}],
  ["postgres-target-down", {}],
  ["agent-silent", {}],
  ["agent-collector-failing", {}],
  ["agent-missing-privilege", {}],
  ["postgres-idle-in-transaction", { warning_seconds: 60, critical_seconds: 600 }],
];

async function main() {
  const store = await openBenchStore();
  const { db } = store;
  const org = await createTestOrg(db);
  const keyId = (
    await db.query<{ id: string }>("select id from agent_keys where org_id = $1", [org.orgId])
  ).rows[0]?.id as string;
  for (let a = 0; a < AGENTS; a++) {
    await registerAgent({
      ctx: { db, orgId: org.orgId, actor: { kind: "agent", agentKeyId: keyId } },
      input: {
        agentName: `bench-agent-${a}`,
        hostname: `bench-host-${a}`,
        agentVersion: "0.1.0",
        targets: Array.from({ length: Math.min(100, TARGETS - a * 100) }, (_, t) => ({
          name: `db-${a}-${t}`,
          engine: "postgres" as const,
          endpoint: `10.0.${a}.${t}:5432/postgres`,
        })),
      },
      limits: DEFAULT_TENANT_LIMITS,
    });
  }
  const now = Date.now();
  const spec = PARTITIONED_TABLES.find((t) => t.table === "points");
  if (spec) await ensurePartitions(db, spec, new Date(now - 2 * 3_600_000), new Date(now));
  let seeded = performance.now();
  await db.query("update targets set last_seen_at = now(), last_status = 'ok' where org_id = $1", [
    org.orgId,
  ]);
  await db.query("update agents set last_seen_at = now() where org_id = $1", [org.orgId]);
  for (const [metric, labels, step, expr] of SERIES) {
    await db.query(
      `with t as (select id, row_number() over (order by id) as n from targets where org_id = $1),
            s as (insert into series (org_id, target_id, metric, labels)
                  select $1, t.id, $2, $3::jsonb from t returning id, target_id)
       insert into points (org_id, series_id, ts, value)
       select $1, s.id, to_timestamp($5::float8 / 1000) - make_interval(secs => g.t), (${expr.replaceAll("{n}", "t.n").replaceAll("{t}", "g.t")})::float8
         from s join t on t.id = s.target_id, generate_series(0, 4200, $4) as g(t)`,
      [org.orgId, metric, JSON.stringify(labels), step, now],
    );
  }
  const { rows: counts } = await db.query<{ n: number }>(
    "select count(*)::int as n from points where org_id = $1",
    [org.orgId],
  );
  console.log(`seeded ${fmt(counts[0]?.n ?? 0)} points in ${fmt(since(seeded) / 1000, 1)} s`);
  await db.query("analyze series; analyze points");
  const ctx = { db, orgId: org.orgId, actor: { kind: "system" as const } };
  for (const [i, [templateId, params]] of RULES.entries()) {
    await createRule({
      ctx,
      input: {
        name: `rule ${i}`,
        templateId,
        params,
        scope: { kind: "all" },
        severities: {},
        overrides: {},
        timing: {},
        enabled: true,
      },
    });
  }
  const library = templateLibrary();
  const ms: number[] = [];
  let last: Awaited<ReturnType<typeof evaluateOrg>> | undefined;
  for (let p = 0; p < PASSES; p++) {
    seeded = performance.now();
    last = await evaluateOrg(db, org.orgId, library, new Date(now + p * 1000));
    ms.push(since(seeded));
    console.log(
      `pass ${p + 1}: ${fmt(ms[p] ?? 0)} ms (read ${last.ms?.read}, evaluate ${last.ms?.evaluate}, write ${last.ms?.write}), ${fmt(last.points)} points read, ${fmt(last.written)} instances written, ${fmt(last.transitions)} transitions`,
    );
  }
  const s = summarize(ms);
  console.log(
    `\nalerts: ${RULES.length} rules × ${fmt(TARGETS)} targets (${fmt(last?.assets ?? 0)} rule-assets), ${PASSES} passes on ${machine()}`,
  );
  console.log(
    `  one pass: median ${fmt(s.p50)} ms, max ${fmt(Math.max(...ms))} ms (interval 30,000 ms); PostgreSQL ${store.serverVersion}`,
  );
  await store.stop();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
