import { hasDebianPostgres, startDebianPostgres, type TestPostgres } from "@logstag/test-support";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDebianStandby } from "../../../test/debian-standby.ts";
import { collectPayloads, metricValue } from "../../../test/postgres-helpers.ts";
import { postgresTarget } from "../../../test/targets.ts";
import { engineConformance } from "../conformance/engine-conformance.ts";
import { COLLECTORS, postgresChecks } from "./postgres-checks.ts";
import {
  postgresConformanceServer,
  postgresExpectations,
  preparePostgresServer,
} from "./postgres-conformance.ts";

const MAJOR = 15;
if (!hasDebianPostgres(MAJOR)) {
  console.warn(
    `\n!!! Debian PostgreSQL ${MAJOR} is missing (apt-get install postgresql-${MAJOR}); its tests fail below.\n`,
  );
}

let server: TestPostgres & { bin: string };
beforeAll(async () => {
  server = await startDebianPostgres({ major: MAJOR });
  await preparePostgresServer(server);
});
afterAll(async () => {
  await server?.stop();
});

engineConformance(
  "PostgreSQL 15 (Debian)",
  () => postgresConformanceServer(() => server),
  postgresExpectations(/^PostgreSQL 15\./),
  () => postgresChecks(() => server, { version: /^PostgreSQL 15\./, statIo: false, major: MAJOR }),
);

describe("a streaming standby (pg_basebackup -R)", () => {
  let standby: TestPostgres;
  beforeAll(async () => {
    standby = await startDebianStandby(server, MAJOR);
  });
  afterAll(async () => {
    await standby?.stop();
  });

  it("is collected from without errors, with the standby's replication figures", async () => {
    const deadline = Date.now() + 20_000;
    let payloads = await collectPayloads(postgresTarget("standby", standby));
    while (
      metricValue(payloads.get("replication"), "postgres.standby.receiver_connected") !== 1 &&
      Date.now() < deadline
    ) {
      await new Promise((r) => setTimeout(r, 250));
      payloads = await collectPayloads(postgresTarget("standby", standby));
    }
    expect([...payloads.values()].map((p) => [p.collector, p.status, p.error])).toEqual(
      COLLECTORS.map((c) => [c, "ok", undefined]),
    );
    expect(payloads.get("instance")?.data.inventory?.role).toBe("replica");
    const replication = payloads.get("replication");
    expect(metricValue(replication, "postgres.standby.receiver_connected")).toBe(1);
    expect(metricValue(replication, "postgres.standby.replay_lag_bytes")).toBeGreaterThanOrEqual(0);
    expect(metricValue(replication, "postgres.replication.standbys")).toBeUndefined();
    const settingRows = (payloads.get("settings")?.data.snapshot?.rows ?? []) as {
      name: string;
      setting: string | null;
    }[];
    const conninfo = settingRows.find((r) => r.name === "primary_conninfo");
    expect(conninfo?.setting).toContain("password=********");
    expect(JSON.stringify(payloads.get("settings"))).not.toContain(server.password);
  });

  it("reports the receiver as unknown, with the grant, to a role without pg_monitor", async () => {
    const payloads = await collectPayloads(
      postgresTarget("standby-nobody", standby, { user: "nobody", password: "nobody-pw" }),
    );
    const replication = payloads.get("replication");
    expect(replication?.status).toBe("ok");
    expect(metricValue(replication, "postgres.standby.receiver_connected")).toBeUndefined();
    expect(replication?.data.diagnostics).toContainEqual(
      expect.objectContaining({ code: "pg_read_all_stats", fix: "GRANT pg_monitor TO nobody;" }),
    );
  });

  it("reports no replay lag once the standby replayed everything, while the primary is idle", async () => {
    const admin = new pg.Client(server);
    await admin.connect();
    await admin.query("create table if not exists replay_probe (id int)");
    await admin.end();
    await new Promise((r) => setTimeout(r, 1500));
    const deadline = Date.now() + 20_000;
    let replication = (await collectPayloads(postgresTarget("standby", standby))).get(
      "replication",
    );
    while (
      metricValue(replication, "postgres.standby.replay_lag_bytes") !== 0 &&
      Date.now() < deadline
    ) {
      await new Promise((r) => setTimeout(r, 250));
      replication = (await collectPayloads(postgresTarget("standby", standby))).get("replication");
    }
    expect(metricValue(replication, "postgres.standby.replay_lag_bytes")).toBe(0);
    expect(metricValue(replication, "postgres.standby.replay_lag")).toBe(0);
  });

  it("reads the replication slots a standby keeps", async () => {
    const client = new pg.Client(standby);
    await client.connect();
    try {
      await client.query("select pg_create_physical_replication_slot('cascade_probe', true)");
      const replication = (await collectPayloads(postgresTarget("standby", standby))).get(
        "replication",
      );
      expect(replication?.status).toBe("ok");
      const labels = { slot: "cascade_probe", slot_type: "physical" };
      expect(metricValue(replication, "postgres.replication.slot.active", labels)).toBe(0);
      expect(metricValue(replication, "postgres.replication.slot.wal_status", labels)).toBe(0);
      expect(
        metricValue(replication, "postgres.replication.slot.retained_wal", labels),
      ).toBeGreaterThanOrEqual(0);
    } finally {
      await client.query("select pg_drop_replication_slot('cascade_probe')").catch(() => {});
      await client.end();
    }
  });

  it("shows on the primary as a standby with its lag", async () => {
    const replication = (await collectPayloads(postgresTarget("primary", server))).get(
      "replication",
    );
    expect(metricValue(replication, "postgres.replication.standbys")).toBe(1);
    const lag = replication?.data.metrics.find((m) => m.name === "postgres.replication.lag_bytes");
    expect(lag?.labels).toEqual({
      application_name: expect.any(String),
      client_addr: "127.0.0.1",
      standby: expect.stringMatching(/@127\.0\.0\.1 pid \d+$/),
    });
    expect(lag?.value).toBeGreaterThanOrEqual(0);
  });
});
