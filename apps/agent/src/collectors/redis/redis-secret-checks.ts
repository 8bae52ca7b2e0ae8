import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AGENT_API } from "@logstag/protocol";
import type { TestRedis } from "@logstag/test-support";
import { expect, it } from "vitest";
import { startFakeBackend } from "../../../test/fake-backend.ts";
import { captureLogs, waitFor } from "../../../test/log-capture.ts";
import { collectPayloads } from "../../../test/payloads.ts";
import { startAgent } from "../../agent.ts";
import { runCli } from "../../cli.ts";
import { redis } from "./index.ts";
import { redisTarget, SECRETS } from "./redis-conformance.ts";

/** The secrets and what the server stores of them (ACL keeps SHA-256 hashes). */
const forbidden = Object.values(SECRETS).flatMap((s) => [
  s,
  createHash("sha256").update(s).digest("hex"),
]);

function expectNoSecret(text: string, where: string): void {
  for (const secret of forbidden)
    expect({ where, leaks: text.includes(secret) }).toEqual({ where, leaks: false });
}

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const write = (t: string) => {
    out.push(t);
  };
  const code = await runCli(args, { stdout: write, stderr: write, env: {} });
  return { code, out: out.join("") };
}

function configToml(
  server: TestRedis,
  targets: { name: string; user: string; password: string }[],
): string {
  return [
    "[backend]",
    'url = "http://127.0.0.1:9"',
    'api_key = "lsa_test_key"',
    ...targets.flatMap((t) => [
      "",
      "[[targets]]",
      `name = "${t.name}"`,
      `engine = "${server.flavour}"`,
      `host = "${server.host}"`,
      `port = ${server.port}`,
      `username = "${t.user}"`,
      `password = "${t.password}"`,
    ]),
  ].join("\n");
}

/** Passwords of the server (requirepass, an ACL user, masterauth) appear nowhere the agent writes. */
export function redisSecretChecks(server: () => TestRedis): void {
  it("check prints the ACL rule a collector lacks; once and check never print a secret", async () => {
    const admin = await server().client();
    await admin.config("SET", "slowlog-log-slower-than", "0");
    await admin.set("secret:value", SECRETS.masterauth);
    const dir = await mkdtemp(join(tmpdir(), "logstag-redis-cli-"));
    try {
      const file = join(dir, "agent.toml");
      await writeFile(
        file,
        configToml(server(), [
          { name: "cache", user: "logstag", password: SECRETS.agent },
          { name: "cache-nobody", user: "nobody", password: SECRETS.nobody },
          { name: "cache-wrong", user: "logstag", password: SECRETS.admin.slice(0, 5) },
        ]),
      );
      const check = await cli(["check", "-c", file]);
      expect(check.code).toBe(1);
      const lines = check.out.split("\n");
      expect(lines.find((l) => l.startsWith("cache ("))).toMatch(/: OK — (Redis|Valkey) \d/);
      expect(lines).toContain("    fix: ACL SETUSER nobody +slowlog|get");
      expect(lines.find((l) => l.startsWith("  slowlog"))).toMatch(
        /privilege: SLOWLOG GET 1000 refused: NOPERM/,
      );
      expect(lines.find((l) => l.startsWith("cache-wrong ("))).toMatch(
        /FAILED — connection: authentication failed/,
      );
      expectNoSecret(check.out, "check output");
      const once = await cli(["once", "-c", file]);
      expect(once.code).toBe(0);
      expect(once.out).toContain('"kind": "redis.config"');
      expectNoSecret(once.out, "once output");
    } finally {
      await admin.config("SET", "slowlog-log-slower-than", "10000");
      admin.disconnect();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("never ship or log a secret, even in error messages", async () => {
    const backend = await startFakeBackend();
    const logs = captureLogs();
    const fast = (t: ReturnType<typeof redisTarget>) => ({
      ...t,
      intervalsMs: { high: 200, medium: 200, low: 200, schema: 200 },
    });
    const agent = startAgent(
      {
        file: "agent.toml",
        agent: { name: "secrets" },
        backend: { url: backend.url, apiKey: "lsa_secret_test" },
        targets: [
          fast(redisTarget(server())),
          fast(redisTarget(server(), "unprivileged")),
          fast({ ...redisTarget(server(), "wrong-password"), name: "wrong" }),
        ],
      },
      { logger: logs.logger, flushIntervalMs: 100 },
    );
    const shipped = () => backend.requests.filter((r) => r.path === AGENT_API.ingest);
    const collectors = () =>
      new Set(
        shipped().flatMap((r) =>
          (r.body as { payloads: { collector: string }[] }).payloads.map((p) => p.collector),
        ),
      );
    try {
      await waitFor(() => redis.collectors.every((c) => collectors().has(c.name)), 30_000);
    } finally {
      await agent.stop();
      await backend.close();
    }
    expectNoSecret(JSON.stringify(backend.requests), "shipped payloads");
    expectNoSecret(logs.text(), "log lines");
    const wrong = await collectPayloads(redisTarget(server(), "wrong-password"));
    const messages = [...wrong.values()].map((p) => p.error?.message ?? "").join("\n");
    expect(messages).toContain("authentication failed");
    expectNoSecret(messages, "error messages");
    expect(messages).not.toContain("not-the-password");
  });
}
