import { readFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";

/** The server the e2e suite starts (`LOGSTAG_E2E_PORT`, default 18080), and its owner. */
export const E2E_PORT = Number(process.env.LOGSTAG_E2E_PORT ?? 18080);
export const OWNER_EMAIL = "owner@example.test";
export const OWNER_PASSWORD = "E2e-Walking-Skeleton-7391!";

/** The data directory of the server under test (set by playwright.config.ts for every worker). */
export function e2eDataDir(): string {
  const dir = process.env.LOGSTAG_E2E_DATA_DIR;
  if (!dir)
    throw new Error("LOGSTAG_E2E_DATA_DIR is not set; run the suite with e2e/playwright.config.ts");
  return dir;
}

/** The agent key the server under test made for its demo agent (first organization). */
export async function agentKey(): Promise<string> {
  const secrets = JSON.parse(await readFile(join(e2eDataDir(), "demo-secrets.json"), "utf8"));
  if (typeof secrets.agentKey !== "string") throw new Error("demo-secrets.json has no agentKey");
  return secrets.agentKey;
}

/** The embedded PostgreSQL the demo agent monitors, reached as its superuser. */
export async function connectToMonitoredServer(): Promise<pg.Client> {
  const dataDir = e2eDataDir();
  const config = await readFile(join(dataDir, "demo-agent.toml"), "utf8");
  const host = /^host\s*=\s*"([^"]+)"/m.exec(config)?.[1] ?? "127.0.0.1";
  const port = Number(/^port\s*=\s*(\d+)/m.exec(config)?.[1]);
  const password = (await readFile(join(dataDir, "pg-superuser-password"), "utf8")).trim();
  const client = new pg.Client({
    host,
    port,
    user: "postgres",
    password,
    database: "postgres",
    application_name: "logstag-e2e",
  });
  await client.connect();
  return client;
}
