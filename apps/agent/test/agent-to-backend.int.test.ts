import { setTimeout as sleep } from "node:timers/promises";
import type { AssetsResponse, SeriesResponse } from "@logstag/api-contract";
import {
  createTestOrg,
  signIn,
  startTestBackend,
  type TestBackend,
} from "@logstag/backend/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createLogger, parseConfig, startAgent } from "../src/index.ts";

// The whole path with real parts: agent → HTTP (gzip, agent key) → backend → PostgreSQL → assets and series APIs.
let backend: TestBackend;
beforeAll(async () => {
  backend = await startTestBackend();
});
afterAll(async () => {
  await backend?.stop();
});

async function poll<T>(fn: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(250);
  }
}

it("an agent monitoring PostgreSQL makes its target appear up, with charts that have points", async () => {
  const org = await createTestOrg(backend.db);
  const pg = backend.pg;
  const config = parseConfig(
    `
[agent]
name = "it-agent"
[backend]
url = "${backend.url}"
api_key = "${org.agentKey}"
[intervals]
high = "1s"
medium = "1s"
[[targets]]
name = "it-postgres"
engine = "postgres"
host = "${pg.host}"
port = ${pg.port}
database = "postgres"
user = "${pg.user}"
password = "${pg.password}"
`,
    { file: "it-agent.toml" },
  );
  const agent = startAgent(config, {
    logger: createLogger({ level: "silent" }),
    flushIntervalMs: 200,
  });
  try {
    const cookie = await signIn(backend.url, org);
    const target = await poll(async () => {
      const assets = (await (
        await fetch(`${backend.url}/api/v1/assets`, { headers: { cookie } })
      ).json()) as AssetsResponse;
      const t = assets.targets.find((x) => x.name === "it-postgres");
      return t?.status === "up" && t.version ? t : undefined;
    }, 20_000);
    expect(target).toMatchObject({
      engine: "postgres",
      agentName: "it-agent",
      role: "primary",
      lastError: null,
    });
    expect(target.version).toMatch(/^PostgreSQL \d+/);

    const from = new Date(Date.now() - 5 * 60_000).toISOString();
    const series = await poll(async () => {
      const q = new URLSearchParams({
        metrics: "postgres.connections,postgres.database.xact_commit",
        from,
        to: new Date(Date.now() + 1000).toISOString(),
        step: "1",
      });
      const res = (await (
        await fetch(`${backend.url}/api/v1/targets/${target.id}/series?${q}`, {
          headers: { cookie },
        })
      ).json()) as SeriesResponse;
      const hasRate = res.series.some(
        (s) => s.metric === "postgres.database.xact_commit" && s.values.some((v) => v !== null),
      );
      return hasRate ? res : undefined;
    }, 20_000);
    const connections = series.series.filter((s) => s.metric === "postgres.connections");
    expect(connections.length).toBeGreaterThan(0);
    expect(connections.flatMap((s) => s.values).some((v) => v !== null && v >= 0)).toBe(true);
    expect(series.series.flatMap((s) => s.values).every((v) => v === null || v >= 0)).toBe(true);
  } finally {
    await agent.stop();
  }
  expect(agent.stats().dropped).toBe(0);
});
