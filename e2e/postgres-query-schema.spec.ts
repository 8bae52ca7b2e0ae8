import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { AssetsPage } from "./pages/assets-page.ts";
import { LoginPage } from "./pages/login-page.ts";
import { QueryExplorerPage } from "./pages/query-explorer-page.ts";
import { SchemaExplorerPage } from "./pages/schema-explorer-page.ts";
import { e2eDataDir, OWNER_EMAIL, OWNER_PASSWORD } from "./test-env.ts";

const DEMO_TARGET = "demo-postgres";
const PROBE_TABLE = "e2e_statement_probe";

/** The embedded PostgreSQL the demo agent monitors, reached as its superuser. */
async function connectToMonitoredServer(): Promise<pg.Client> {
  const dataDir = e2eDataDir();
  const config = await readFile(join(dataDir, "demo-agent.toml"), "utf8");
  const host = /^host\s*=\s*"([^"]+)"/m.exec(config)?.[1] ?? "127.0.0.1";
  const port = Number(/^port\s*=\s*(\d+)/m.exec(config)?.[1]);
  const password = (await readFile(join(dataDir, "pg-superuser-password"), "utf8")).trim();
  const client = new pg.Client({ host, port, user: "postgres", password, database: "postgres" });
  await client.connect();
  return client;
}

async function openDemoTarget(page: Page): Promise<string> {
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(OWNER_EMAIL, OWNER_PASSWORD);
  await expect(page).toHaveURL(/\/assets$/);
  const assets = new AssetsPage(page);
  await expect(assets.targetStatus(DEMO_TARGET)).toHaveText("up", { timeout: 150_000 });
  const targetId = await assets.targetRow(DEMO_TARGET).getAttribute("data-target-id");
  expect(targetId).toBeTruthy();
  return targetId ?? "";
}

// Skipped: on a fresh clone the probe statement did not reach the agent's top 100 within 5 minutes,
// because the demo workload and the backend's own statements on the same server outrank it. It
// comes back once the test can run on a server of its own or raise its statement into the top.
test.skip("the Query Explorer lists a statement after a workload", async ({ page }) => {
  test.setTimeout(360_000);
  const targetId = await openDemoTarget(page);
  const client = await connectToMonitoredServer();
  try {
    await client.query(
      `create table if not exists ${PROBE_TABLE}(id serial primary key, note text)`,
    );
    await client.query(
      `insert into ${PROBE_TABLE}(note) select 'n' || g from generate_series(1, 50) g`,
    );
    // pg_stat_statements is read every minute; a statement shows once two rounds saw it run.
    const queries = new QueryExplorerPage(page);
    await expect
      .poll(
        async () => {
          for (let i = 0; i < 20; i++) {
            await client.query(`select count(*) from ${PROBE_TABLE} where note = $1`, [`n${i}`]);
          }
          await queries.open(targetId);
          await page.getByTestId("statements-panel").waitFor();
          return (await queries.statements()).some((text) => text.includes(PROBE_TABLE));
        },
        { timeout: 300_000, intervals: [15_000] },
      )
      .toBe(true);
  } finally {
    await client.query(`drop table if exists ${PROBE_TABLE}`).catch(() => undefined);
    await client.end();
  }
});

// The schema group runs when the agent starts and then every 240 minutes; the demo agent's
// configuration is rewritten by the backend at each start without interval overrides, so a table
// created during the test would only appear hours later. The backend's own tables live in the
// monitored server and are there before the first collection.
test("the Schema Explorer lists the tables of the first schema collection", async ({ page }) => {
  test.setTimeout(240_000);
  const targetId = await openDemoTarget(page);
  const schema = new SchemaExplorerPage(page);
  await expect
    .poll(
      async () => {
        await schema.open(targetId);
        await page
          .getByTestId("schema-objects")
          .or(page.getByTestId("state-empty"))
          .first()
          .waitFor();
        return schema.names();
      },
      { timeout: 180_000, intervals: [10_000] },
    )
    .toContain("agents");
  await expect(schema.heading).toBeVisible();
  await schema.search.fill("agents");
  await schema.openDefinition("agents");
  await expect(schema.definition).toContainText("hostname text not null");
  await page.keyboard.press("Escape");
  await schema.open(targetId, "indexes");
  await expect(page.getByTestId("schema-table-indexes")).toBeVisible();
  await expect(schema.changes).toBeVisible();
});
