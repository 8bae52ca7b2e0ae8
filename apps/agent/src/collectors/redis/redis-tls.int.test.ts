import { hasRedisServer, startTestRedis, type TestRedis } from "@logstag/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectPayloads } from "../../../test/payloads.ts";
import type { TargetConfig } from "../../config/agent-config.ts";
import type { RedisTls } from "./config.ts";

if (!hasRedisServer("redis")) {
  console.warn(
    "\n!!! redis-server is missing (apt-get install redis-server); its tests fail below.\n",
  );
}

let server: TestRedis;
beforeAll(async () => {
  server = await startTestRedis({ flavour: "redis", tls: true, password: "tls-admin-pw" });
});
afterAll(async () => {
  await server?.stop();
});

function target(tls: RedisTls | undefined, host = "127.0.0.1"): TargetConfig {
  const ms = 60_000;
  return {
    name: "tls",
    engine: "redis",
    enabled: true,
    intervalsMs: { high: ms, medium: ms, low: ms, schema: ms },
    collectorTimeoutMs: 3000,
    connection: {
      host,
      port: server.port,
      db: 0,
      password: "tls-admin-pw",
      ...(tls ? { tls } : {}),
    },
    endpoint: "tls",
  };
}

const serverPayload = async (t: TargetConfig) => (await collectPayloads(t)).get("server");

describe("TLS", () => {
  it("verifies the server certificate against the configured CA", async () => {
    const caFile = server.tls?.caFile ?? "";
    expect((await serverPayload(target({ caFile, insecure: false })))?.status).toBe("ok");
    const named = target({ caFile, servername: "localhost", insecure: false }, "localhost");
    expect((await serverPayload(named))?.status).toBe("ok");
  });

  it("refuses a certificate it cannot verify, unless told to skip the check", async () => {
    const unknownCa = await serverPayload(target({ insecure: false }));
    expect(unknownCa?.error?.kind).toBe("connection");
    expect(unknownCa?.error?.message).toMatch(/certificate/i);
    const wrongName = await serverPayload(
      target({ caFile: server.tls?.caFile ?? "", servername: "cache.example", insecure: false }),
    );
    expect(wrongName?.error?.kind).toBe("connection");
    expect((await serverPayload(target({ insecure: true })))?.status).toBe("ok");
  });

  it("fails plainly when TLS is not configured for a TLS-only server", async () => {
    const plain = await serverPayload(target(undefined));
    expect(["connection", "timeout"]).toContain(plain?.error?.kind);
  });
});
