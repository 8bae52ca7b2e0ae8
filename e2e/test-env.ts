import { readFile } from "node:fs/promises";
import { join } from "node:path";

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
