import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { ActivityExplorerPage } from "./pages/activity-explorer-page.ts";
import { AssetsPage } from "./pages/assets-page.ts";
import { DatabaseExplorerPage } from "./pages/database-explorer-page.ts";
import { LoginPage } from "./pages/login-page.ts";
import { QueryExplorerPage } from "./pages/query-explorer-page.ts";
import { SchemaExplorerPage } from "./pages/schema-explorer-page.ts";
import { connectToMonitoredServer, e2eDataDir, OWNER_EMAIL, OWNER_PASSWORD } from "./test-env.ts";

const DEMO_TARGET = "demo-postgres";
const PROBE_TABLE = "e2e_statement_probe";
/** A literal in the probe's text: normalized text shows a placeholder instead. */
const PROBE_LITERAL = "e2e-literal-7319";
/** How the probe's text starts once its constants are replaced. */
const PROBE_TEXT = `from ${PROBE_TABLE}, pg_sleep(?)`;
const DDL_TABLE = "e2e_schema_probe";

/** The demo workload's own database and role (`demo-workload.json`, written by the backend). */
async function connectToDemoDatabase(): Promise<pg.Client> {
  const file = join(e2eDataDir(), "demo-workload.json");
  const connection = JSON.parse(await readFile(file, "utf8")) as pg.ClientConfig;
  const client = new pg.Client({ ...connection, application_name: "logstag-e2e" });
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

/**
 * Runs the probe statement back to back on its own session until stopped. Each call sleeps a
 * quarter of a second, so the probe's execution time in any collection interval is about the
 * interval itself: more than any statement of the demo workload or the backend, and so first
 * among the top statements by time, which the agent reports by name.
 */
async function startProbe(client: pg.Client): Promise<{ pid: number; stop: () => Promise<void> }> {
  const { rows } = await client.query<{ pid: number }>("select pg_backend_pid() as pid");
  const pid = rows[0]?.pid ?? 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      await client.query(
        `select count(*) from ${PROBE_TABLE}, pg_sleep(0.25) where note <> '${PROBE_LITERAL}'`,
      );
    }
  })();
  return {
    pid,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

test("the Query Explorer lists a busy statement with its normalized text and history, linked from its session", async ({
  page,
}) => {
  test.setTimeout(420_000);
  const targetId = await openDemoTarget(page);
  const admin = await connectToMonitoredServer();
  const runner = await connectToMonitoredServer();
  let probe: Awaited<ReturnType<typeof startProbe>> | undefined;
  try {
    await admin.query(
      `create table if not exists ${PROBE_TABLE}(id serial primary key, note text)`,
    );
    await admin.query(
      `insert into ${PROBE_TABLE}(note) select 'n' || g from generate_series(1, 50) g`,
    );
    probe = await startProbe(runner);

    // pg_stat_statements is read each medium interval; a statement has a rate once it was
    // reported by name in two rounds.
    const queries = new QueryExplorerPage(page);
    // Each round reports up to 100 statements and the set changes between rounds, so the range
    // holds hundreds of them once the other specs ran: an error answer is shown as such.
    await expect
      .poll(
        async () => {
          await queries.open(targetId);
          const error = page.getByTestId("state-error");
          await page
            .getByTestId("statement-search")
            .or(page.getByTestId("state-empty"))
            .or(error)
            .first()
            .waitFor();
          if (await error.isVisible()) return [`error: ${await error.innerText()}`];
          return queries.statements();
        },
        { timeout: 300_000, intervals: [10_000] },
      )
      .toContainEqual(expect.stringContaining(PROBE_TEXT));
    await queries.searchStatements(PROBE_TABLE);
    await expect(page.getByTestId("statement-text").filter({ hasText: PROBE_TEXT })).toHaveCount(1);
    await queries.openStatement(PROBE_TEXT);
    await expect(page).toHaveURL(/[?&]selected=[0-9a-f]{16}/);
    await expect(queries.statementText).toContainText(PROBE_TEXT);
    await expect(queries.statementText).not.toContainText(PROBE_LITERAL);
    await expect(queries.statementText).not.toContainText("0.25");
    await expect.poll(() => queries.statementCallPoints(), { timeout: 30_000 }).toBeGreaterThan(0);

    // The Activity Explorer samples sessions each high interval; the probe's session is always
    // active, and its query_id leads to the same statement.
    const activity = new ActivityExplorerPage(page);
    await activity.open(targetId);
    await activity.showLatest();
    await expect(activity.sessionRow(probe.pid)).toBeVisible({ timeout: 60_000 });
    await expect(activity.sessionDetail(probe.pid)).toContainText(PROBE_TABLE);
    await expect(activity.sessionDetail(probe.pid)).not.toContainText(PROBE_LITERAL);
    await activity.statementLink(probe.pid).click();
    await expect(page).toHaveURL(/\/query-explorer\/[^?]+\?.*selected=[0-9a-f]{16}/, {
      timeout: 30_000,
    });
    await expect(queries.statementText).toContainText(PROBE_TEXT);
    await expect(page.getByTestId("statement-link-missed")).toHaveCount(0);
  } finally {
    await probe?.stop().catch(() => undefined);
    await admin.query(`drop table if exists ${PROBE_TABLE}`).catch(() => undefined);
    await Promise.all([admin.end(), runner.end()]);
  }
});

// The suite runs the demo agent's schema group every 30 s (LOGSTAG_DEMO_SCHEMA_INTERVAL_SECONDS in
// playwright.config.ts), so a table created during the test shows as a change within a minute.
test("the Schema Explorer lists the tables and shows a DDL as a change, also on the Database Explorer charts", async ({
  page,
}) => {
  test.setTimeout(420_000);
  const targetId = await openDemoTarget(page);
  const schema = new SchemaExplorerPage(page);
  // The backend's own tables live in the monitored server: the first collection lists them.
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
  // The newest schema snapshot is a large answer; a loaded machine takes a while to render it.
  await expect(page.getByTestId("schema-table-indexes")).toBeVisible({ timeout: 60_000 });
  await expect(schema.changes).toBeVisible();

  const demo = await connectToDemoDatabase();
  const object = `logstag_demo: public.${DDL_TABLE}`;
  try {
    await demo.query(`drop table if exists ${DDL_TABLE}`);
    await demo.query(`create table ${DDL_TABLE}(id int primary key)`);
    // A collection after the one shown above compares with it: the table is new.
    await expect
      .poll(
        async () => {
          await schema.open(targetId);
          await schema.changes
            .getByTestId("changes-timeline")
            .or(page.getByTestId("changes-none"))
            .first()
            .waitFor();
          return schema.changeEvents();
        },
        { timeout: 150_000, intervals: [5_000] },
      )
      .toContain(`created ${object}`);

    await demo.query(`alter table ${DDL_TABLE} add column e2e_note text`);
    await expect
      .poll(
        async () => {
          await schema.open(targetId);
          await schema.changes.getByTestId("changes-timeline").waitFor();
          return schema.changeEvents();
        },
        { timeout: 150_000, intervals: [5_000] },
      )
      .toContain(`altered ${object}`);
    const altered = schema.changeEvent("altered", object);
    const diff = altered.getByTestId("change-diff");
    await expect(diff).toContainText("definition");
    await expect(diff.locator("tbody tr").first().locator("td").nth(1)).not.toContainText(
      "e2e_note",
    );
    await expect(diff.locator("tbody tr").first().locator("td").nth(2)).toContainText(
      "e2e_note text",
    );

    // The same changes are markers on the Database Explorer charts, each listing what changed.
    const explorer = new DatabaseExplorerPage(page);
    await explorer.open(targetId);
    const line = `altered schema table ${object} (definition)`;
    const marker = explorer.chartMarker("chart-connections", line);
    await expect(marker).toBeVisible({ timeout: 60_000 });
    await marker.hover({ force: true });
    await expect(page.getByRole("tooltip").filter({ hasText: line })).toBeVisible();
  } finally {
    await demo.query(`drop table if exists ${DDL_TABLE}`).catch(() => undefined);
    await demo.end();
  }
});
