import { existsSync } from "node:fs";
import { join } from "node:path";
import { type StartedPostgres, startPostgresServer } from "./postgres-server.ts";

export const debianPostgresBin = (major: number) => `/usr/lib/postgresql/${major}/bin`;

/** Whether Debian's PostgreSQL `major` is installed (`apt-get install postgresql-<major>`). */
export const hasDebianPostgres = (major: number) =>
  existsSync(join(debianPostgresBin(major), "postgres"));

export interface DebianPostgresOptions {
  major: number;
  /** Extra `-c name=value` server settings. */
  settings?: Record<string, string>;
  /** Start from this data directory (e.g. a base backup) instead of running initdb. */
  dataDir?: string;
}

/** Starts Debian's PostgreSQL `major` in a temporary directory on a free loopback port. */
export async function startDebianPostgres(o: DebianPostgresOptions): Promise<StartedPostgres> {
  if (!hasDebianPostgres(o.major))
    throw new Error(
      `PostgreSQL ${o.major} is not installed: apt-get install postgresql-${o.major}`,
    );
  return startPostgresServer({ ...o, bin: debianPostgresBin(o.major), name: `pg${o.major}` });
}
