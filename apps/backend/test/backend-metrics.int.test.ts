import { AGENT_API } from "@logstag/protocol";
import getPort from "get-port";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  type BackendProcess,
  createTestOrg,
  spawnBackend,
  startTestBackend,
  type TestBackend,
} from "../src/testing/start-test-backend.ts";

// The backend process serves Prometheus metrics on a loopback port of its own, never on the API.
let store: TestBackend;
let backend: BackendProcess;
let metricsPort: number;

beforeAll(async () => {
  store = await startTestBackend();
  metricsPort = await getPort({ host: "127.0.0.1" });
  backend = await spawnBackend({
    databaseUrl: store.pg.url,
    env: { LOGSTAG_METRICS_PORT: String(metricsPort) },
  });
});
afterAll(async () => {
  await backend?.stop();
  await store?.stop();
});

it("reports ingest, request latency, pool and process figures on its own port only", async () => {
  const org = await createTestOrg(store.db);
  const res = await fetch(`${backend.url}${AGENT_API.register}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${org.agentKey}` },
    body: JSON.stringify({ agentName: "m", hostname: "h", agentVersion: "0.1.0", targets: [] }),
  });
  expect(res.status).toBe(200);
  const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
  expect(text).toMatch(
    /logstag_backend_request_duration_seconds_count\{method="POST",route="\/api\/v1\/agent\/register",status="200"\} 1/,
  );
  expect(text).toContain("logstag_backend_ingested_payloads_total 0");
  expect(text).toMatch(/logstag_backend_db_pool_total \d+/);
  expect(text).toContain("logstag_backend_job_lag_seconds");
  expect(text).toContain("logstag_backend_process_resident_memory_bytes");
  expect(text).toContain("logstag_backend_nodejs_eventloop_lag_seconds");
  const onApi = await fetch(`${backend.url}/metrics`);
  expect(onApi.status).not.toBe(200);
  expect(await onApi.text()).not.toContain("logstag_backend_");
});
