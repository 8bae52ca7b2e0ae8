import { expect, test } from "@playwright/test";
import type pg from "pg";
import { ActivityExplorerPage } from "./pages/activity-explorer-page.ts";
import { AssetsPage } from "./pages/assets-page.ts";
import { LoginPage } from "./pages/login-page.ts";
import { connectToMonitoredServer, OWNER_EMAIL, OWNER_PASSWORD } from "./test-env.ts";

const DEMO_TARGET = "demo-postgres";

async function backendPid(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ pid: number }>("select pg_backend_pid() as pid");
  const pid = rows[0]?.pid;
  if (pid === undefined) throw new Error("pg_backend_pid() returned no row");
  return pid;
}

test("a session waiting for a lock shows under its blocker in the blocking tree", async ({
  page,
}) => {
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(OWNER_EMAIL, OWNER_PASSWORD);
  await expect(page).toHaveURL(/\/assets$/);

  const assets = new AssetsPage(page);
  await expect(assets.targetStatus(DEMO_TARGET)).toHaveText("up", { timeout: 60_000 });
  const targetId = await assets.targetRow(DEMO_TARGET).getAttribute("data-target-id");
  expect(targetId).toBeTruthy();

  // A holds an exclusive lock on a table only this test uses; B waits for it.
  const holder = await connectToMonitoredServer();
  const waiter = await connectToMonitoredServer();
  let waiting: Promise<unknown> = Promise.resolve();
  try {
    await holder.query("create table if not exists e2e_lock(id int)");
    await holder.query("begin");
    await holder.query("lock table e2e_lock in access exclusive mode");
    const pidA = await backendPid(holder);
    const pidB = await backendPid(waiter);
    waiting = waiter.query("select * from e2e_lock").catch(() => undefined);
    await expect
      .poll(
        async () =>
          (
            await holder.query<{ blocked_by: number[] }>(
              "select pg_blocking_pids($1) as blocked_by",
              [pidB],
            )
          ).rows[0]?.blocked_by,
      )
      .toEqual([pidA]);

    const activity = new ActivityExplorerPage(page);
    await activity.open(targetId ?? "");
    await expect(activity.heading).toBeVisible();
    await activity.showLatest();
    // The high interval group samples every 10 s; the latest sample refreshes on its own.
    await expect
      .poll(() => activity.blockingNodes(), { timeout: 40_000, intervals: [1_000, 2_000] })
      .toEqual(
        expect.arrayContaining([
          { pid: pidA, depth: 0 },
          { pid: pidB, depth: 1 },
        ]),
      );
    const nodes = await activity.blockingNodes();
    expect(nodes.findIndex((n) => n.pid === pidA)).toBeLessThan(
      nodes.findIndex((n) => n.pid === pidB),
    );
    await expect(activity.sessionRow(pidB)).toBeVisible();
  } finally {
    await holder.query("rollback").catch(() => undefined);
    await waiting;
    await holder.query("drop table if exists e2e_lock").catch(() => undefined);
    await Promise.all([holder.end(), waiter.end()]);
  }
});
