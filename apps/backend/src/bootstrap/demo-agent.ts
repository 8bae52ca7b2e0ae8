import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { DemoRedisServer } from "../config.ts";
import type { DemoIntervals } from "../demo-config.ts";
import { createAgentKey } from "../services/agents/create-agent-key.ts";
import { findOldestOrganizationId } from "../store/accounts.ts";
import type { Db } from "../store/db.ts";
import {
  ensureMonitoringRole,
  ensureStatStatements,
  grantSequenceReads,
} from "../store/monitoring-role.ts";

const DEMO_ROLE = "logstag_monitor";

interface DemoSecrets {
  agentKey: string;
  monitorPassword: string;
  /** Added later: secrets files written before it lack it and get one on the next start. */
  workloadPassword?: string;
}

const WORKLOAD_ROLE = "logstag_demo";

/**
 * Prepares the demo: an agent key for the first organization and a `pg_monitor` role on the embedded
 * PostgreSQL, then writes `<dataDir>/demo-agent.toml` that points an agent at both. Secrets are made
 * once and kept in `<dataDir>/demo-secrets.json`; the TOML is rewritten on each start (ports change).
 */
export async function prepareDemoAgent(
  db: Db,
  opts: {
    dataDir: string;
    backendUrl: string;
    pgPort: number;
    redis: DemoRedisServer[];
    intervals?: DemoIntervals;
  },
): Promise<string | undefined> {
  const orgId = await findOldestOrganizationId(db);
  if (!orgId) return undefined;
  const secretsFile = join(opts.dataDir, "demo-secrets.json");
  let secrets = await readFile(secretsFile, "utf8").then(
    (s) => JSON.parse(s) as DemoSecrets,
    () => undefined,
  );
  if (!secrets) {
    const { key } = await createAgentKey({
      ctx: { db, orgId, actor: { kind: "system" } },
      input: { name: "demo agent" },
    });
    secrets = { agentKey: key, monitorPassword: randomBytes(18).toString("base64url") };
    await writeFile(secretsFile, JSON.stringify(secrets), { mode: 0o600 });
  }
  let workloadPassword = secrets.workloadPassword;
  if (!workloadPassword) {
    workloadPassword = randomBytes(18).toString("base64url");
    secrets = { ...secrets, workloadPassword };
    await writeFile(secretsFile, JSON.stringify(secrets), { mode: 0o600 });
  }
  await ensureMonitoringRole(db, DEMO_ROLE, secrets.monitorPassword);
  await grantSequenceReads(db, DEMO_ROLE);
  await ensureStatStatements(db);
  await prepareDemoWorkload(db, { ...opts, password: workloadPassword });
  const configFile = join(opts.dataDir, "demo-agent.toml");
  await writeFile(configFile, renderDemoConfig(opts, secrets), { mode: 0o600 });
  return configFile;
}

export function renderDemoConfig(
  opts: { backendUrl: string; pgPort: number; redis: DemoRedisServer[]; intervals?: DemoIntervals },
  secrets: Pick<DemoSecrets, "agentKey" | "monitorPassword">,
): string {
  return `# Written by the Logstag backend at each start (LOGSTAG_DEMO=1). Edits are overwritten.
[agent]
name = "demo-agent"

[backend]
url = "${opts.backendUrl}"
api_key = "${secrets.agentKey}"
${renderIntervals(opts.intervals ?? {})}
[[targets]]
name = "demo-postgres"
engine = "postgres"
host = "127.0.0.1"
port = ${opts.pgPort}
database = "postgres"
user = "${DEMO_ROLE}"
password = "${secrets.monitorPassword}"
${opts.redis.map(renderRedisTarget).join("")}`;
}

/** `LOGSTAG_DEMO_*_INTERVAL_SECONDS` → the agent-wide `[intervals]` table (whole seconds). */
function renderIntervals(intervals: DemoIntervals): string {
  const lines = Object.entries(intervals).map(([group, seconds]) => `${group} = ${seconds}\n`);
  return lines.length === 0 ? "" : `\n[intervals]\n${lines.join("")}`;
}

function renderRedisTarget(server: DemoRedisServer): string {
  return `
[[targets]]
name = "demo-${server.engine}"
engine = "${server.engine}"
host = "127.0.0.1"
port = ${server.port}
password = "${server.password}"
`;
}

/**
 * An application role and database for the demo workload (`npm start` runs it), so the demo's
 * traffic never touches Logstag's own tables. The launcher reads the connection from a file only
 * its owner may read.
 */
async function prepareDemoWorkload(
  db: Db,
  opts: { dataDir: string; pgPort: number; password: string },
): Promise<void> {
  const literal = `'${opts.password.replaceAll("'", "''")}'`;
  const role = await db.query("select 1 from pg_roles where rolname = $1", [WORKLOAD_ROLE]);
  if (role.rows.length === 0) await db.query(`create role ${WORKLOAD_ROLE} login`);
  await db.query(`alter role ${WORKLOAD_ROLE} with login password ${literal}`);
  const database = await db.query("select 1 from pg_database where datname = $1", [WORKLOAD_ROLE]);
  if (database.rows.length === 0) {
    await db.query(`create database ${WORKLOAD_ROLE} owner ${WORKLOAD_ROLE}`);
  }
  const connection = {
    host: "127.0.0.1",
    port: opts.pgPort,
    database: WORKLOAD_ROLE,
    user: WORKLOAD_ROLE,
    password: opts.password,
    // The workload creates its tables, then lets the monitoring role read its sequences.
    monitorRole: DEMO_ROLE,
  };
  await writeFile(join(opts.dataDir, "demo-workload.json"), JSON.stringify(connection), {
    mode: 0o600,
  });
}
