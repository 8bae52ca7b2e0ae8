import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../src/store/db.ts";
import { type BackendProcess, spawnBackend } from "../src/testing/spawn-backend.ts";
import { call } from "./accounts/http.ts";

let pg: TestPostgres;
let dataDir: string;
let backend: BackendProcess;
beforeAll(async () => {
  pg = await startTestPostgres();
  dataDir = await mkdtemp(join(tmpdir(), "logstag-first-start-"));
  backend = await spawnBackend({
    databaseUrl: pg.url,
    env: { LOGSTAG_DATA_DIR: dataDir, LOG_LEVEL: "info" },
    unsetEnv: ["LOGSTAG_OWNER_PASSWORD"],
  });
});
afterAll(async () => {
  await backend?.stop();
  await pg?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe("first start with a generated password", () => {
  it("writes the password to a file only its OS user can read, never to the log", async () => {
    const file = join(dataDir, "first-owner-password");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const lines = (await readFile(file, "utf8")).split("\n").filter((l) => l && !l.startsWith("#"));
    const [email, password] = lines as [string, string];
    expect(email).toBe("owner@logstag.local");
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(backend.output()).not.toContain(password);
    expect(backend.output()).toContain(file);
    const login = await call(backend.url, "POST", "/api/v1/auth/login", {
      body: { email, password },
    });
    expect(login.status).toBe(200);
  });

  it("records the creation of the organization and its first owner in the audit log", async () => {
    const db = createDb(pg.url, 1);
    const { rows } = await db.query(
      "select actor_kind, after->>'ownerEmail' as owner from audit_log where action = 'organization.created'",
    );
    await db.end();
    expect(rows).toEqual([{ actor_kind: "system", owner: "owner@logstag.local" }]);
  });
});
