import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import getPort from "get-port";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startAgentProcess, until } from "./agent-process.ts";
import { type FakeBackend, startFakeBackend } from "./fake-backend.ts";

let server: TestPostgres;
let backend: FakeBackend;
let dir: string;

beforeAll(async () => {
  [server, backend] = await Promise.all([startTestPostgres(), startFakeBackend()]);
  dir = await mkdtemp(join(tmpdir(), "logstag-agent-metrics-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await backend?.close();
  await server?.stop();
});

it("serves its own metrics: collector runs and errors, spool, deliveries, RSS, event loop lag", async () => {
  const port = await getPort({ host: "127.0.0.1" });
  const path = join(dir, "agent.toml");
  await writeFile(
    path,
    `[backend]
url = "${backend.url}"
api_key = "lsa_metrics"
[intervals]
high = "1s"
[metrics]
listen = "127.0.0.1:${port}"
[[targets]]
name = "pg"
engine = "postgres"
host = "127.0.0.1"
port = ${server.port}
user = "${server.user}"
password = "${server.password}"
[[targets]]
name = "refused"
engine = "postgres"
host = "127.0.0.1"
port = 1
user = "nobody"
`,
  );
  const agent = startAgentProcess(path);
  let text = "";
  await until("metrics of both targets", async () => {
    text = await fetch(`http://127.0.0.1:${port}/metrics`).then(
      (r) => r.text(),
      () => "",
    );
    return (
      /payloads_sent [1-9]/.test(text) &&
      text.includes('kind="connection"') &&
      text.includes('target="pg",collector="instance",status="ok"')
    );
  });
  await agent.stop();
  expect(text).toMatch(
    /logstag_agent_collector_runs_total\{target="pg",collector="instance",status="ok"\} [1-9]/,
  );
  expect(text).toMatch(
    /logstag_agent_collector_errors_total\{target="refused",collector="instance",kind="connection"\} [1-9]/,
  );
  expect(text).toContain('logstag_agent_collector_duration_seconds_bucket{le="0.005",target="pg"');
  for (const name of [
    "logstag_agent_spool_payloads",
    "logstag_agent_spool_bytes",
    "logstag_agent_spool_oldest_age_seconds",
    "logstag_agent_delivery_failures",
    "logstag_agent_payloads_dropped",
    "logstag_agent_process_resident_memory_bytes",
    "logstag_agent_nodejs_eventloop_lag_seconds",
  ]) {
    expect(text).toMatch(new RegExp(`^${name} `, "m"));
  }
});
