import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AssetsResponse, TargetStatus } from "@logstag/api-contract";
import {
  createTestOrg,
  signIn,
  startTestBackend,
  type TestBackend,
} from "@logstag/backend/testing";
import { type StartedPostgres, startDebianPostgres } from "@logstag/test-support";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type AgentProcess, startAgentProcess, until } from "./agent-process.ts";

// What an operator sees on the Assets page while a monitored server crashes, comes back, hangs
// and resumes, with the agent running all along: down, then up again by itself.
let backend: TestBackend;
let db: StartedPostgres;
let agent: AgentProcess | undefined;
let dir: string;

beforeAll(async () => {
  [backend, db] = await Promise.all([startTestBackend(), startDebianPostgres({ major: 15 })]);
  dir = await mkdtemp(join(tmpdir(), "logstag-target-status-"));
});
afterAll(async () => {
  await agent?.stop().catch(() => {});
  db?.resume();
  await Promise.all([db?.stop(), backend?.stop()]);
  await rm(dir, { recursive: true, force: true });
});

// A crash and a hang in a row, each waited for with generous limits: more than the default test time
// on a loaded machine.
it("shows a crashed or hung server as down and as up again once it recovers", {
  timeout: 240_000,
}, async () => {
  const org = await createTestOrg(backend.db);
  const cookie = await signIn(backend.url, org);
  const path = join(dir, "agent.toml");
  await writeFile(
    path,
    `[backend]
url = "${backend.url}"
api_key = "${org.agentKey}"
[intervals]
high = "2s"
medium = "2s"
low = "60s"
[[targets]]
name = "flaky"
engine = "postgres"
host = "127.0.0.1"
port = ${db.port}
user = "${db.user}"
password = "${db.password}"
collector_timeout = "1s"
`,
  );
  agent = startAgentProcess(path);
  const seen: TargetStatus[] = [];
  const status = async (): Promise<TargetStatus | undefined> => {
    const res = await fetch(`${backend.url}/api/v1/assets`, { headers: { cookie } });
    const body = (await res.json()) as AssetsResponse;
    const now = body.targets.find((t) => t.name === "flaky")?.status;
    if (now && seen.at(-1) !== now) seen.push(now);
    return now;
  };
  await until("up", async () => (await status()) === "up");
  await db.crash();
  await until("down after the crash", async () => (await status()) === "down");
  await db.start();
  await until("up after the restart", async () => (await status()) === "up");
  db.pause();
  await until("down while hung", async () => (await status()) === "down");
  db.resume();
  await until("up after the hang", async () => (await status()) === "up");
  expect(seen.filter((s) => s !== "degraded" && s !== "pending")).toEqual([
    "up",
    "down",
    "up",
    "down",
    "up",
  ]);
});
