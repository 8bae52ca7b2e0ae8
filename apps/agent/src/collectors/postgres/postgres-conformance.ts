import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { TestPostgres } from "@logstag/test-support";
import { Clients } from "../../../test/postgres-helpers.ts";
import { postgresTarget } from "../../../test/targets.ts";
import type {
  ConformanceExpectations,
  ConformanceServer,
  Credentials,
} from "../conformance/engine-conformance.ts";

const CREDENTIALS: Record<Credentials, { user: string; password: string }> = {
  good: { user: "monitor", password: "monitor-pw" },
  "wrong-password": { user: "monitor", password: "wrong" },
  unprivileged: { user: "nobody", password: "nobody-pw" },
};

/** The shared suite's view of a PostgreSQL server prepared by `preparePostgresServer`. */
export function postgresConformanceServer(server: () => TestPostgres): ConformanceServer {
  const admin = async <T>(work: (c: import("pg").Client) => Promise<T>): Promise<T> => {
    const clients = new Clients(server);
    try {
      return await work(await clients.connect());
    } finally {
      await clients.endAll();
    }
  };
  return {
    target: (credentials, o = {}) =>
      postgresTarget("pg", server(), { ...CREDENTIALS[credentials], ...o }),
    pid: () =>
      admin(async (c) => {
        const { rows } = await c.query<{ dir: string }>(
          "select current_setting('data_directory') as dir",
        );
        const pidFile = await readFile(join(rows[0]?.dir ?? "", "postmaster.pid"), "utf8");
        return Number(pidFile.split("\n")[0]);
      }),
    agentConnections: () =>
      admin(async (c) => {
        const { rows } = await c.query<{ n: number }>(
          "select count(*)::int as n from pg_stat_activity where application_name = 'logstag-agent'",
        );
        return rows[0]?.n ?? 0;
      }),
  };
}

export const postgresExpectations = (version: RegExp): ConformanceExpectations => ({
  version,
  role: "primary",
  wrongPassword: /authentication failed for user "monitor"/,
  unprivileged: [
    { collector: "activity", code: "pg_read_all_stats", fix: "GRANT pg_monitor TO nobody;" },
  ],
});

/** The roles every conformance run expects. */
export async function preparePostgresServer(server: TestPostgres): Promise<void> {
  const clients = new Clients(() => server);
  const admin = await clients.connect();
  await admin.query("create role monitor login password 'monitor-pw' in role pg_monitor");
  await admin.query("create role nobody login password 'nobody-pw'");
  await clients.endAll();
}
