import { randomUUID } from "node:crypto";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import type { FastifyInstance } from "fastify";
import { pino } from "pino";
import { loadConfig } from "../config.ts";
import { buildApp } from "../http/app.ts";
import { createAgentKey } from "../services/agents/create-agent-key.ts";
import { createOrganization } from "../services/orgs/create-organization.ts";
import { prepareAppRole } from "../store/app-role.ts";
import { createDb, type Db } from "../store/db.ts";
import { migrate } from "../store/migrate.ts";
import { testSecretKey } from "./alert-factory.ts";

export { type BackendProcess, spawnBackend } from "./spawn-backend.ts";

export interface TestBackend {
  url: string;
  /** The pool the backend serves requests with: the application role, as in production. */
  db: Db;
  /** The schema owner (the embedded superuser): what migrations and grants run as. */
  admin: Db;
  pg: TestPostgres;
  app: FastifyInstance;
  stop(): Promise<void>;
}

const TEST_APP_ROLE = "logstag_app";
const TEST_APP_PASSWORD = "test-app-password";

/** A real backend on a real (embedded) PostgreSQL, listening on a free loopback port. */
export async function startTestBackend(env: Record<string, string> = {}): Promise<TestBackend> {
  const pg = await startTestPostgres();
  const config = loadConfig({
    LOGSTAG_DATA_DIR: "/nonexistent",
    LOGSTAG_WEB_DIST: "/nonexistent",
    LOGSTAG_SECRET_KEY: testSecretKey(),
    ...env,
  });
  const admin = createDb(pg.url, 2);
  await migrate(admin);
  await prepareAppRole(admin, TEST_APP_ROLE, TEST_APP_PASSWORD);
  const db = createDb(pg.urlFor({ user: TEST_APP_ROLE, password: TEST_APP_PASSWORD }), 10, {
    statementTimeoutMs: config.statementTimeoutMs,
  });
  const app = await buildApp({ db, config, logger: pino({ level: "silent" }), version: "test" });
  const url = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    url,
    db,
    admin,
    pg,
    app,
    async stop() {
      await app.close();
      await db.end();
      await admin.end();
      await pg.stop();
    },
  };
}

export interface TestOrg {
  orgId: string;
  email: string;
  password: string;
  agentKey: string;
}

/** A fresh organization with an owner and an agent key, so tests never share state. */
export async function createTestOrg(db: Db): Promise<TestOrg> {
  const email = `owner-${randomUUID()}@example.test`;
  const password = `pw-${randomUUID()}`;
  const { orgId } = await createOrganization({
    ctx: { db },
    input: { name: `org ${email}`, ownerEmail: email, ownerPassword: password },
  });
  const { key } = await createAgentKey({
    ctx: { db, orgId, actor: { kind: "system" } },
    input: { name: "test" },
  });
  return { orgId, email, password, agentKey: key };
}

/** Signs in over HTTP and returns the session cookie header. */
export async function signIn(
  url: string,
  org: Pick<TestOrg, "email" | "password">,
): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: org.email, password: org.password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get("set-cookie");
  if (!cookie) throw new Error("sign-in set no cookie");
  return cookie.split(";")[0] as string;
}
export { generateReportAt } from "./generate-report-at.ts";
