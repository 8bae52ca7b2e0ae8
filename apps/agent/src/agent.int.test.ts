import { AGENT_API, ingestBatchSchema, registerAgentRequestSchema } from "@logstag/protocol";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type FakeBackend, startFakeBackend } from "../test/fake-backend.ts";
import { captureLogs, waitFor } from "../test/log-capture.ts";
import { postgresTarget } from "../test/targets.ts";
import { startAgent } from "./agent.ts";

let server: TestPostgres;
let backend: FakeBackend;
beforeAll(async () => {
  [server, backend] = await Promise.all([startTestPostgres(), startFakeBackend()]);
});
afterAll(async () => {
  await backend?.close();
  await server?.stop();
});

it("registers, collects from every enabled target and ships valid batches", async () => {
  const logs = captureLogs();
  const apiKey = "lsa_secret_agent_key";
  const agent = startAgent(
    {
      file: "agent.toml",
      agent: { name: "web-01" },
      backend: { url: backend.url, apiKey },
      targets: [
        postgresTarget("orders-db", server, { intervalMs: 300 }),
        { ...postgresTarget("off-db", server), enabled: false },
      ],
    },
    { logger: logs.logger, flushIntervalMs: 100 },
  );
  const batches = () =>
    backend.requests
      .filter((r) => r.path === AGENT_API.ingest)
      .map((r) => ingestBatchSchema.parse(r.body));
  const collectors = () => new Set(batches().flatMap((b) => b.payloads.map((p) => p.collector)));
  await waitFor(() => collectors().has("instance") && collectors().has("database_stats"));
  await agent.stop();

  const registration = registerAgentRequestSchema.parse(backend.requests[0]?.body);
  expect(registration).toMatchObject({
    agentName: "web-01",
    targets: [
      { name: "orders-db", engine: "postgres", endpoint: `127.0.0.1:${server.port}/postgres` },
    ],
  });
  const payloads = batches().flatMap((b) => b.payloads);
  expect(
    payloads.every((p) => p.status === "ok" && p.targetId === backend.targetIds.get("orders-db")),
  ).toBe(true);
  expect(new Set(payloads.map((p) => p.payloadId)).size).toBe(payloads.length);
  expect(agent.stats()).toMatchObject({ registered: true, queued: 0, dropped: 0 });
  expect(logs.text()).not.toContain(apiKey);
  expect(logs.text()).not.toContain(server.password);
});
