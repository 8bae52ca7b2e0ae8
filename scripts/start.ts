import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { type DemoRedis, NO_REDIS_HINT, startDemoRedis } from "./lib/demo/demo-redis.ts";
import { readWorkloadConnection, startPostgresWorkload } from "./lib/demo/postgres-workload.ts";
import { startRedisWorkload } from "./lib/demo/redis-workload.ts";
import { hasExited, startTs, waitForExit } from "./lib/processes.ts";
import { ensureWebBuilt } from "./lib/web-build.ts";

// `npm start`: the web app (built if needed), the backend with its embedded PostgreSQL, and a demo agent.
const root = resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 8080);
const dataDir = resolve(process.env.LOGSTAG_DATA_DIR ?? join(root, ".logstag"));
const url = `http://127.0.0.1:${port}`;

async function waitForHealth(deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return true;
    } catch {}
    await sleep(500);
  }
  return false;
}

/** The backend rewrites the demo config at each start, after it starts answering. */
async function waitForDemoConfig(file: string, since: number, deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    if (existsSync(file) && statSync(file).mtimeMs >= since) return true;
    await sleep(250);
  }
  return existsSync(file);
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  ensureWebBuilt(root);
  const demo = (process.env.LOGSTAG_DEMO ?? "1") !== "0";
  const redis: DemoRedis[] = demo ? await startDemoRedis(dataDir) : [];
  if (demo && redis.length === 0) console.log(NO_REDIS_HINT);
  const env = {
    ...process.env,
    PORT: String(port),
    LOGSTAG_DATA_DIR: dataDir,
    LOGSTAG_DEMO: demo ? "1" : "0",
    LOGSTAG_DEMO_REDIS: JSON.stringify(
      redis.map(({ engine, port, password }) => ({ engine, port, password })),
    ),
  };
  const backend = startTs("backend", join(root, "apps/backend/src/main.ts"), [], env);
  // Stopped in reverse order: the agent, then the backend, then the demo's servers.
  const children = [...redis.map((r) => r.process), backend];
  const workloads: (() => void)[] = [];
  let stopping = false;
  const stopAll = async (code: number, graceMs = 0) => {
    if (stopping) return;
    stopping = true;
    for (const stop of workloads) stop();
    // Ctrl-C reaches every process of the terminal at once: let them stop on their own first.
    // Then the agent goes before the backend, so its last payloads still have a receiver.
    for (const child of [...children].reverse()) {
      if (!(await hasExited(child, graceMs))) child.kill("SIGTERM");
      await waitForExit(child, 15_000);
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void stopAll(0, 3000));
  process.on("SIGTERM", () => void stopAll(0));
  backend.on("exit", (code) => {
    if (!stopping) console.error(`The backend stopped (exit code ${code}).`);
    void stopAll(code ?? 1);
  });

  if (!(await waitForHealth(Date.now() + 120_000))) {
    console.error(`The backend did not answer ${url}/healthz within 2 minutes.`);
    return stopAll(1);
  }
  const demoConfig = join(dataDir, "demo-agent.toml");
  if (demo && (await waitForDemoConfig(demoConfig, startedAt - 1000, Date.now() + 30_000))) {
    const agent = startTs(
      "agent",
      join(root, "apps/agent/src/cli.ts"),
      ["run", "--config", demoConfig],
      process.env,
    );
    children.push(agent);
    if ((process.env.LOGSTAG_DEMO_WORKLOAD ?? "1") !== "0") {
      for (const server of redis) workloads.push(startRedisWorkload(server));
      const connection = readWorkloadConnection(dataDir);
      if (connection) {
        startPostgresWorkload(connection).then(
          (stop) => workloads.push(stop),
          (err: unknown) =>
            console.error(
              `The demo PostgreSQL workload did not start: ${err instanceof Error ? err.message : String(err)}`,
            ),
        );
      }
    }
    agent.on("exit", (code) => {
      if (!stopping)
        console.error(`The demo agent stopped (exit code ${code}); the backend keeps running.`);
    });
  }
  const login = process.env.LOGSTAG_OWNER_EMAIL ?? "owner@logstag.local";
  console.log(
    [
      "",
      `  Logstag is running: ${url}`,
      `  Sign in as ${login} (password: LOGSTAG_OWNER_PASSWORD, or the generated one in ${join(dataDir, "first-owner-password")}).`,
      `  Data: ${dataDir}   API docs: ${url}/api/docs   Stop: Ctrl-C`,
      "",
    ].join("\n"),
  );
}

main().catch((err: unknown) => {
  console.error(`npm start failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
