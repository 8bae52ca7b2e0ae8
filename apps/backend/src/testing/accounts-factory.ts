import { randomUUID } from "node:crypto";
import { type ApiKeyScope, ROLES, type Role, USER_API_KEY_PREFIX } from "@logstag/api-contract";
import { ENGINE_KINDS, ENGINE_PROTOCOLS, type EngineKind } from "@logstag/protocol";
import { DEFAULT_TENANT_LIMITS } from "../limits-config.ts";
import { createAgentKey } from "../services/agents/create-agent-key.ts";
import { registerAgent } from "../services/agents/register-agent.ts";
import { hashPassword } from "../services/auth/passwords.ts";
import { sessionExpiry, startSession } from "../services/auth/start-session.ts";
import { generateToken, hashToken } from "../services/tokens.ts";
import { insertMembership, insertOrganization, insertUser } from "../store/accounts.ts";
import { insertApiKey } from "../store/api-keys.ts";
import type { Db } from "../store/db.ts";

/** Every account these factories make signs in with this password. */
export const TEST_PASSWORD = "Factory-Password-7bq2!";
let passwordHash: Promise<string> | undefined;
// One argon2 hash for all factory users keeps a suite that mints hundreds of them fast.
const sharedHash = () => {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
};

export interface TestUser {
  id: string;
  email: string;
  /** `logstag_session=…`, ready for a Cookie header. */
  cookie: string;
}

export async function addTestUser(db: Db, orgId: string, role: Role): Promise<TestUser> {
  const email = `${role}-${randomUUID()}@example.test`;
  const id = await insertUser(db, {
    email,
    name: `${role} user`,
    passwordHash: await sharedHash(),
  });
  await insertMembership(db, orgId, id, role);
  return { id, email, cookie: await sessionCookie(db, orgId, id) };
}

export async function sessionCookie(db: Db, orgId: string, userId: string): Promise<string> {
  const s = await startSession(db, { orgId, userId, expiresAt: sessionExpiry(1) });
  return `logstag_session=${s.token}`;
}

export async function addTestApiKey(
  db: Db,
  orgId: string,
  userId: string,
  scope: ApiKeyScope,
  expiresAt: Date | null = null,
): Promise<{ id: string; secret: string }> {
  const secret = generateToken(USER_API_KEY_PREFIX);
  const row = await insertApiKey(db, {
    orgId,
    userId,
    name: `${scope} key`,
    prefix: secret.slice(0, 12),
    scope,
    keyHash: hashToken(secret),
    expiresAt,
  });
  return { id: row.id, secret };
}

/** An organization with one user per role, signed in, the owner's API keys, an agent key and a target. */
export interface TestWorld {
  orgId: string;
  orgName: string;
  users: Record<Role, TestUser>;
  readKey: string;
  writeKey: string;
  agentKey: string;
  agentKeyId: string;
  agentId: string;
  /** The world's PostgreSQL target. */
  targetId: string;
  /** One target per engine the protocol collects (the PostgreSQL one included). */
  targetIds: Partial<Record<EngineKind, string>>;
}

const COLLECTED_ENGINES = ENGINE_KINDS.filter((kind) => ENGINE_PROTOCOLS[kind] !== null);

export async function createTestWorld(db: Db): Promise<TestWorld> {
  const orgName = `world ${randomUUID()}`;
  const orgId = await insertOrganization(db, orgName);
  const users = {} as Record<Role, TestUser>;
  for (const role of ROLES) users[role] = await addTestUser(db, orgId, role);
  const system = { db, orgId, actor: { kind: "system" as const } };
  const agent = await createAgentKey({ ctx: system, input: { name: "world agent" } });
  const registered = await registerAgent({
    ctx: { db, orgId, actor: { kind: "agent", agentKeyId: agent.id } },
    input: {
      agentName: "world-agent",
      hostname: "host-1",
      agentVersion: "0.1.0",
      targets: COLLECTED_ENGINES.map((engine) => ({
        // The PostgreSQL target keeps the name and endpoint tests have always known it by.
        name: engine === "postgres" ? "db-1" : `${engine}-1`,
        engine,
        endpoint: engine === "postgres" ? "127.0.0.1:5432/postgres" : `127.0.0.1:1/${engine}`,
      })),
    },
    limits: DEFAULT_TENANT_LIMITS,
  });
  const targetIds: Partial<Record<EngineKind, string>> = {};
  COLLECTED_ENGINES.forEach((engine, i) => {
    const id = registered.targets[i]?.targetId;
    if (id) targetIds[engine] = id;
  });
  return {
    orgId,
    orgName,
    users,
    readKey: (await addTestApiKey(db, orgId, users.owner.id, "read")).secret,
    writeKey: (await addTestApiKey(db, orgId, users.owner.id, "read-write")).secret,
    agentKey: agent.key,
    agentKeyId: agent.id,
    agentId: registered.agentId,
    targetId: targetIds.postgres as string,
    targetIds,
  };
}
