import { type HealthReport, healthReportSchema } from "@logstag/api-contract";
import {
  createTestOrg,
  generateReportAt,
  signIn,
  startTestBackend,
  type TestBackend,
} from "@logstag/backend/testing";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { preparePostgresServer } from "../src/collectors/postgres/postgres-conformance.ts";
import { collectOnce } from "../src/scheduler/collect-once.ts";
import { BackendClient } from "./backend-client.ts";
import { backendPid, Clients } from "./postgres-helpers.ts";
import { postgresTarget } from "./targets.ts";

// A real PostgreSQL with known problems, collected by the real agent into a real backend.
let backend: TestBackend;
let server: TestPostgres;
let api: BackendClient;
let cookie: string;
let orgId: string;
const clients = new Clients(() => server);

beforeAll(async () => {
  [backend, server] = await Promise.all([startTestBackend(), startTestPostgres()]);
  await preparePostgresServer(server);
  const org = await createTestOrg(backend.db);
  orgId = org.orgId;
  cookie = await signIn(backend.url, org);
  api = new BackendClient(backend.url, org.agentKey, cookie);
  const admin = await clients.connect();
  await admin.query(`
    create table hc_customers (id int primary key);
    create table hc_orders (id serial primary key, customer_id int references hc_customers (id), note text);
    create index hc_orders_note_idx on hc_orders (note);
    alter table hc_orders set (autovacuum_enabled = false);
    create sequence hc_near_max as integer;
    select setval('hc_near_max', 2000000000);
    create table hc_clean (customer_id int references hc_customers (id), line int,
                           primary key (customer_id, line));
    insert into hc_customers values (1);
    insert into hc_orders (customer_id) values (1);
    insert into hc_clean values (1, 1);
    grant usage on all sequences in schema public to monitor;`);
});
afterAll(async () => {
  await clients.endAll();
  await Promise.all([server?.stop(), backend?.stop()]);
});

const minutes = (n: number) => new Date(Date.now() + n * 60_000);
const byId = (report: HealthReport, id: string) => ({
  finding: report.findings.find((f) => f.checkId === id),
  passed: report.passed.some((p) => p.checkId === id),
  notEvaluated: report.notEvaluated.find((n) => n.checkId === id),
});

async function send(path: string, method: string, body?: unknown) {
  return fetch(`${backend.url}${path}`, {
    method,
    headers: { cookie, ...(body ? { "content-type": "application/json" } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

describe("PostgreSQL health checks on a server with known problems", () => {
  let ids: { agentId: string; targetId: string };
  let first: HealthReport;
  let idlePid: number;
  const asMonitor = () => postgresTarget("pg", server, { user: "monitor", password: "monitor-pw" });

  beforeAll(async () => {
    ids = await api.register("pg");
    const idle = await clients.connect();
    idlePid = await backendPid(idle);
    await idle.query("begin; select count(*) from hc_orders");
    // Collected as if seven minutes had passed, so the session has idled past the threshold.
    await api.ingest(ids, await collectOnce(asMonitor()), minutes(7));
    first = await generateReportAt(backend.db, orgId, ids.targetId, minutes(8));
    await idle.query("rollback");
  });

  it("fires the idle-in-transaction check with the session's pid, user and statement", () => {
    const { finding } = byId(first, "postgres.idle_in_transaction");
    expect(finding?.summary).toMatch(new RegExp(`pid ${idlePid} \\(postgres@postgres`));
    expect(finding?.evidence.map((e) => e.value).join(" ")).toContain(
      "select count(*) from hc_orders",
    );
    expect(finding?.command).toContain(`pg_terminate_backend(${idlePid})`);
  });

  it("quotes the settings of this server and passes the safe ones", () => {
    expect(byId(first, "postgres.shared_buffers_default").finding?.evidence[0]?.value).toMatch(
      /^shared_buffers = 16384 × 8kB/,
    );
    expect(byId(first, "postgres.pg_stat_statements_missing").finding).toBeDefined();
    for (const id of [
      "postgres.fsync_off",
      "postgres.full_page_writes_off",
      "postgres.autovacuum_off",
      "postgres.password_encryption_md5",
      "postgres.xid_wraparound",
      "postgres.connection_headroom",
      "postgres.pending_restart",
    ]) {
      expect(byId(first, id).passed, id).toBe(true);
    }
  });

  it("fires the schema checks with the objects and values the collector read", () => {
    const evidence = (id: string) =>
      (byId(first, id).finding?.evidence ?? []).map((e) => `${e.label} = ${e.value}`).join("\n");
    expect(evidence("postgres.unused_indexes")).toMatch(
      /public\.hc_orders_note_idx = on public\.hc_orders, 0 scans, \d/,
    );
    expect(evidence("postgres.foreign_keys_without_index")).toMatch(
      /hc_orders_customer_id_fkey = public\.hc_orders\(customer_id\) → (public\.)?hc_customers\(id\)$/m,
    );
    expect(byId(first, "postgres.foreign_keys_without_index").finding?.command).toContain(
      "CREATE INDEX CONCURRENTLY ON public.hc_orders (customer_id);",
    );
    const sequences = byId(first, "postgres.sequence_exhaustion").finding;
    expect(sequences?.severity).toBe("critical");
    expect(evidence("postgres.sequence_exhaustion")).toContain(
      "public.hc_near_max = integer, last value 2,000,000,000 of 2,147,483,647 (93.1 %)",
    );
  });

  it("gives no finding on the clean tables", () => {
    const text = JSON.stringify(first.findings.filter((f) => f.checkId.startsWith("postgres.")));
    expect(text).not.toMatch(/hc_clean|hc_customers_pkey|hc_orders_pkey|hc_orders_id_seq/);
    for (const id of [
      "postgres.invalid_indexes",
      "postgres.duplicate_indexes",
      "postgres.table_bloat",
      "postgres.int4_key_exhaustion",
      "postgres.tables_without_primary_key",
    ]) {
      expect(byId(first, id).passed, id).toBe(true);
    }
  });

  it("says why autovacuum disabled on a table is not evaluated rather than passing it", () => {
    const { notEvaluated, passed } = byId(first, "postgres.table_autovacuum_disabled");
    expect(passed).toBe(false);
    expect(notEvaluated?.reason).toMatch(/do not include the table storage parameters/);
  });

  it("resolves the finding once the transaction ended, and shows it in the diff", async () => {
    await api.ingest(ids, await collectOnce(asMonitor()), minutes(9));
    const second = await generateReportAt(backend.db, orgId, ids.targetId, minutes(10));
    expect(byId(second, "postgres.idle_in_transaction").passed).toBe(true);
    expect(second.diff.resolved.map((r) => r.checkId)).toContain("postgres.idle_in_transaction");
    expect(second.diff.previousReportId).toBe(first.id);
    expect(second.score).toBeGreaterThan(first.score);
  });

  it("serves the report, its exports and a mute over the API", async () => {
    const ids = await api.register("pg-api");
    await api.ingest(
      ids,
      await collectOnce(
        postgresTarget("pg-api", server, { user: "monitor", password: "monitor-pw" }),
      ),
    );
    const made = await send(`/api/v1/targets/${ids.targetId}/health-reports`, "POST");
    expect(made.status).toBe(200);
    const report = healthReportSchema.parse(await made.json());
    const pdf = await send(`/api/v1/health-reports/${report.id}/export.pdf`, "GET");
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const html = await (
      await send(`/api/v1/health-reports/${report.id}/export.html`, "GET")
    ).text();
    expect(html).toContain("Health check report — pg-api");
    const json = await send(`/api/v1/health-reports/${report.id}/export.json`, "GET");
    expect(json.headers.get("content-disposition")).toMatch(
      /attachment; filename="logstag-health-pg-api-.*\.json"/,
    );
    expect(healthReportSchema.parse(await json.json()).id).toBe(report.id);

    const muted = await send(`/api/v1/targets/${ids.targetId}/health-mutes`, "POST", {
      checkId: "postgres.shared_buffers_default",
      reason: "test server, memory is small on purpose",
      until: minutes(60 * 24).toISOString(),
    });
    expect(muted.status).toBe(200);
    const latest = await api.get<HealthReport>(`/api/v1/health-reports/${report.id}`);
    expect(byId(latest, "postgres.shared_buffers_default").finding).toMatchObject({
      weight: 0,
      muted: { reason: "test server, memory is small on purpose" },
    });
    expect(latest.score).toBeGreaterThan(report.score);
    const audit = await api.get<{ entries: { action: string }[] }>("/api/v1/audit-log", {
      action: "health_finding.muted",
    });
    expect(audit.entries).toHaveLength(1);
  });
});

describe("a monitoring role without pg_monitor", () => {
  it("gets not evaluated, with the grant, where it cannot see everything", async () => {
    const ids = await api.register("pg-nobody");
    const idle = await clients.connect();
    await idle.query("begin; select 1");
    const nobody = postgresTarget("pg-nobody", server, { user: "nobody", password: "nobody-pw" });
    await api.ingest(ids, await collectOnce(nobody), minutes(7));
    const report = await generateReportAt(backend.db, orgId, ids.targetId, minutes(8));
    await idle.query("rollback");
    for (const id of [
      "postgres.idle_in_transaction",
      "postgres.long_running_queries",
      "postgres.pg_stat_statements_missing",
    ]) {
      expect(byId(report, id).passed, id).toBe(false);
      expect(byId(report, id).finding, id).toBeUndefined();
      expect(byId(report, id).notEvaluated?.fix, id).toBe("GRANT pg_monitor TO nobody;");
    }
    // Without USAGE on the sequences their last value is hidden: not evaluated, never a pass.
    expect(byId(report, "postgres.sequence_exhaustion").notEvaluated).toMatchObject({
      reason: expect.stringMatching(/last value of \d+ sequence\(s\) is unknown \(.*hc_near_max/),
      fix: expect.stringMatching(/^GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO /),
    });
  });
});
