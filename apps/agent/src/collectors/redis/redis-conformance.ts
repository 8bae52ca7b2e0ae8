import { type RedisFlavour, startTestRedis, type TestRedis } from "@logstag/test-support";
import type { TargetConfig } from "../../config/agent-config.ts";
import type {
  ConformanceExpectations,
  ConformanceServer,
  Credentials,
} from "../conformance/engine-conformance.ts";
import { leastPrivilegeRules } from "./acl.ts";

/** Known secrets set on every test server, so tests can prove they never leave the agent. */
export const SECRETS = {
  admin: "admin-Secret-4f1c",
  agent: "agent-Secret-9b2e",
  nobody: "nobody-Secret-77aa",
  masterauth: "masterauth-Secret-31d0",
} as const;

/** A user with the documented rules minus SLOWLOG GET: the slowlog collector must say so. */
export const UNPRIVILEGED_RULES = leastPrivilegeRules().replace(" +slowlog|get", "");

/** Starts the server with requirepass, masterauth, the agent's ACL user and a lesser one. */
export function startRedisForTests(flavour: RedisFlavour): Promise<TestRedis> {
  return startTestRedis({
    flavour,
    password: SECRETS.admin,
    users: {
      logstag: `on >${SECRETS.agent} ${leastPrivilegeRules()}`,
      nobody: `on >${SECRETS.nobody} ${UNPRIVILEGED_RULES}`,
    },
    config: { masterauth: SECRETS.masterauth, "latency-monitor-threshold": "1" },
  });
}

const CREDENTIALS: Record<Credentials, { username: string; password: string }> = {
  good: { username: "logstag", password: SECRETS.agent },
  "wrong-password": { username: "logstag", password: "not-the-password" },
  unprivileged: { username: "nobody", password: SECRETS.nobody },
};

export function redisTarget(
  server: TestRedis,
  credentials: Credentials = "good",
  o: { port?: number; collectorTimeoutMs?: number; name?: string } = {},
): TargetConfig {
  const port = o.port ?? server.port;
  const intervalMs = 60_000;
  return {
    name: o.name ?? `${server.flavour}-${credentials}`,
    engine: server.flavour,
    enabled: true,
    intervalsMs: { high: intervalMs, medium: intervalMs, low: intervalMs, schema: intervalMs },
    collectorTimeoutMs: o.collectorTimeoutMs ?? 5000,
    connection: { host: server.host, port, db: 0, ...CREDENTIALS[credentials] },
    endpoint: `${server.host}:${port}/0`,
  };
}

export function redisConformanceServer(server: () => TestRedis): ConformanceServer {
  return {
    target: (credentials, o) => redisTarget(server(), credentials, o),
    pid: async () => server().pid(),
    async agentConnections() {
      const admin = await server().client();
      try {
        const list = String(await admin.call("CLIENT", "LIST"));
        return list.split("\n").filter((l) => l.includes(" name=logstag-agent ")).length;
      } finally {
        admin.disconnect();
      }
    },
  };
}

export const redisExpectations = (version: RegExp): ConformanceExpectations => ({
  version,
  role: "primary",
  wrongPassword: /^authentication failed for user "logstag" at 127\.0\.0\.1:\d+: wrong password/,
  unprivileged: [
    { collector: "slowlog", code: "acl.slowlog-get", fix: "ACL SETUSER nobody +slowlog|get" },
  ],
});
