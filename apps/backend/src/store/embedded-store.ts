import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import getPort from "get-port";
import { withPasswordFileCleanup } from "./initdb-password-files.ts";
import { stopLeftoverPostmaster } from "./leftover-postmaster.ts";
import { loadEmbeddedPostgres } from "./load-embedded-postgres.ts";
import { findBlockingDir, findPostgresUser } from "./postgres-user-access.ts";

export interface EmbeddedStore {
  /** The superuser: migrations, grants, the demo's monitoring role. */
  url: string;
  /** The same server as another role. */
  urlFor(user: string, password: string): string;
  host: string;
  port: number;
  stop(): Promise<void>;
}

const SUPERUSER = "postgres";

export async function readOrCreateSecret(file: string): Promise<string> {
  try {
    return (await readFile(file, "utf8")).trim();
  } catch {
    const secret = randomBytes(24).toString("base64url");
    await writeFile(file, `${secret}\n`, { mode: 0o600 });
    return secret;
  }
}

/**
 * As root, PostgreSQL runs as the OS user `postgres`, which must be able to enter the directories
 * of its programs and of the cluster. A clone in a private home (e.g. /root) fails there with an
 * EACCES deep in initdb; say so at once instead, with the way out.
 */
async function checkPostgresUserCanReach(clusterDir: string): Promise<void> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    initdb: string;
  };
  const user = (await findPostgresUser()) ?? { uid: -1, gid: -1 };
  for (const path of [dirname(binaries.initdb), clusterDir]) {
    const blocked = await findBlockingDir(path, user);
    if (blocked)
      throw new Error(
        `running as root, the embedded PostgreSQL runs as the OS user "postgres", which cannot enter ${blocked}. Put Logstag and LOGSTAG_DATA_DIR in directories other users can enter (e.g. /opt/logstag), run as a non-root user, or set DATABASE_URL to an existing PostgreSQL.`,
      );
  }
}

/**
 * Starts the PostgreSQL shipped in the `embedded-postgres` package with its cluster in `<dataDir>/pg`.
 * The cluster survives restarts; the superuser password is generated once and kept beside it.
 */
export async function startEmbeddedStore(
  dataDir: string,
  log: (msg: string) => void,
): Promise<EmbeddedStore> {
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  // As root, Postgres runs as its own OS user, which must be able to enter the data directory.
  await chmod(dataDir, 0o755);
  const clusterDir = join(dataDir, "pg");
  const password = await readOrCreateSecret(join(dataDir, "pg-superuser-password"));
  const port = await getPort({ host: "127.0.0.1" });
  const isRoot = process.getuid?.() === 0;
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: SUPERUSER,
    password,
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "shared_preload_libraries=pg_stat_statements",
    ],
    onLog: () => {},
    onError: (e) => log(`embedded PostgreSQL: ${String(e)}`),
  });
  const initialised = await readFile(join(clusterDir, "PG_VERSION"), "utf8").then(
    () => true,
    () => false,
  );
  if (isRoot) await checkPostgresUserCanReach(clusterDir);
  if (!initialised) {
    log(`creating the embedded PostgreSQL cluster in ${clusterDir}`);
    await withPasswordFileCleanup(() => pg.initialise());
  } else {
    await stopLeftoverPostmaster(clusterDir, log);
  }
  await pg.start();
  return {
    url: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    urlFor: (user, pw) =>
      `postgres://${encodeURIComponent(user)}:${encodeURIComponent(pw)}@127.0.0.1:${port}/postgres`,
    host: "127.0.0.1",
    port,
    stop: () => pg.stop(),
  };
}
