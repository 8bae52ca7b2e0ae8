import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startTestPostgres } from "@logstag/test-support";
import { createDb, type Db } from "../../apps/backend/src/store/db.ts";
import { migrate } from "../../apps/backend/src/store/migrate.ts";
import { spawnBackend } from "../../apps/backend/src/testing/spawn-backend.ts";

export interface BenchStore {
  databaseUrl: string;
  db: Db;
  /** The postmaster's pid, when the server runs on this machine and its data directory is readable. */
  postmasterPid: number | undefined;
  serverVersion: string;
  stop(): Promise<void>;
}

/** BENCH_DATABASE_URL, or a fresh embedded PostgreSQL in a temporary directory. */
export async function openBenchStore(): Promise<BenchStore> {
  const given = process.env.BENCH_DATABASE_URL;
  const pg = given ? undefined : await startTestPostgres();
  const databaseUrl = given ?? (pg?.url as string);
  const db = createDb(databaseUrl, 16);
  await migrate(db);
  const { rows } = await db.query<{ dir: string; version: string }>(
    "select current_setting('data_directory') as dir, current_setting('server_version') as version",
  );
  let postmasterPid: number | undefined;
  try {
    postmasterPid = Number(
      readFileSync(join(rows[0]?.dir as string, "postmaster.pid"), "utf8").split("\n")[0],
    );
  } catch {
    postmasterPid = undefined;
  }
  return {
    databaseUrl,
    db,
    postmasterPid,
    serverVersion: rows[0]?.version ?? "?",
    async stop() {
      await db.end();
      await pg?.stop();
    },
  };
}

export interface BenchBackend {
  url: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

/** BENCH_BACKEND_URL (a backend on the same database), or a backend process started here. */
export async function openBenchBackend(
  store: BenchStore,
  env: Record<string, string>,
): Promise<BenchBackend> {
  const given = process.env.BENCH_BACKEND_URL;
  if (given) return { url: given.replace(/\/$/, ""), pid: undefined, stop: async () => {} };
  const backend = await spawnBackend({
    databaseUrl: store.databaseUrl,
    env: { LOG_LEVEL: "warn", ...env },
    nodeArgs: process.env.BENCH_BACKEND_NODE_ARGS?.split(" ").filter(Boolean) ?? [],
  });
  return { url: backend.url, pid: backend.child.pid, stop: () => backend.stop() };
}
