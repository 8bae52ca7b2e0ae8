import type { HealthReport } from "@logstag/api-contract";
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
import { Clients } from "./postgres-helpers.ts";
import { postgresTarget } from "./targets.ts";

// A real PostgreSQL without the problems health-checks-pg.int.test.ts prepares: the checks that
// fire there must pass here, not merely stay silent.
let backend: TestBackend;
let server: TestPostgres;
let report: HealthReport;
const clients = new Clients(() => server);

beforeAll(async () => {
  [backend, server] = await Promise.all([startTestBackend(), startTestPostgres()]);
  await preparePostgresServer(server);
  const admin = await clients.connect();
  await admin.query(`
    create table customers (id serial primary key, name text);
    -- The foreign key leads the primary key: it has an index.
    create table order_lines (customer_id int references customers (id), line int,
                              primary key (customer_id, line));
    alter table customers set (autovacuum_enabled = true, fillfactor = 90);
    insert into customers (name) values ('a'), ('b');
    insert into order_lines values (1, 1), (2, 1);
    grant select on all sequences in schema public to monitor;`);
  const org = await createTestOrg(backend.db);
  const api = new BackendClient(backend.url, org.agentKey, await signIn(backend.url, org));
  const ids = await api.register("pg-clean");
  const target = postgresTarget("pg-clean", server, { user: "monitor", password: "monitor-pw" });
  await api.ingest(ids, await collectOnce(target));
  report = await generateReportAt(backend.db, org.orgId, ids.targetId, new Date(Date.now() + 1000));
});
afterAll(async () => {
  await clients.endAll();
  await Promise.all([server?.stop(), backend?.stop()]);
});

describe("PostgreSQL health checks on a clean server", () => {
  it.each([
    "postgres.unused_indexes",
    "postgres.foreign_keys_without_index",
    "postgres.table_autovacuum_disabled",
    "postgres.sequence_exhaustion",
    "postgres.int4_key_exhaustion",
    "postgres.idle_in_transaction",
    "postgres.duplicate_indexes",
    "postgres.invalid_indexes",
    "postgres.tables_without_primary_key",
  ])("%s passes", (id) => {
    expect(report.findings.find((f) => f.checkId === id)).toBeUndefined();
    expect(report.notEvaluated.find((n) => n.checkId === id)).toBeUndefined();
    expect(report.passed.map((p) => p.checkId)).toContain(id);
  });
});
