import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startTestRedis, type TestRedis } from "@logstag/test-support";
import { agentKey, E2E_PORT } from "./test-env.ts";

const AGENT_CLI = resolve(import.meta.dirname, "../apps/agent/src/cli.ts");

export interface MonitoredRedis {
  server: TestRedis;
  stop(): Promise<void>;
}

/**
 * A real redis-server and a real agent that monitors it and ships to the server under test, with
 * short intervals so command statistics have two rounds within seconds.
 */
export async function startMonitoredRedis(targetName: string): Promise<MonitoredRedis> {
  const server = await startTestRedis({
    flavour: "redis",
    config: { "slowlog-log-slower-than": "0" },
  });
  const dir = await mkdtemp(join(tmpdir(), "logstag-e2e-agent-"));
  const config = join(dir, "agent.toml");
  await writeFile(
    config,
    `[agent]
name = "e2e-redis-agent"

[backend]
url = "http://127.0.0.1:${E2E_PORT}"
api_key = "${await agentKey()}"

[[targets]]
name = "${targetName}"
engine = "redis"
host = "${server.host}"
port = ${server.port}
intervals = { high = "2s", medium = "3s", low = "5s" }
`,
    { mode: 0o600 },
  );
  const agent: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", AGENT_CLI, "run", "--config", config],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  return {
    server,
    async stop() {
      if (agent.exitCode === null && agent.signalCode === null) {
        const exited = new Promise((r) => agent.once("exit", r));
        agent.kill("SIGTERM");
        await exited;
      }
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
