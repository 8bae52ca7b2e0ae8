import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import getPort from "get-port";

const MAIN = fileURLToPath(new URL("../main.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

export interface BackendProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the process wrote, for failure messages. */
  output(): string;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: no shutdown at all. */
  kill(): Promise<void>;
}

/**
 * Starts `apps/backend/src/main.ts` as its own Node process on `databaseUrl` and waits until it
 * answers /healthz. Used where a test or benchmark needs a real process: to kill it, to run two,
 * or to measure it.
 */
export async function spawnBackend(opts: {
  databaseUrl: string;
  port?: number;
  env?: Record<string, string>;
  /** Extra Node flags, e.g. `--cpu-prof` to profile the backend under load. */
  nodeArgs?: string[];
  timeoutMs?: number;
  /** Variables to remove from the environment, e.g. to let the first start generate a password. */
  unsetEnv?: string[];
}): Promise<BackendProcess> {
  const port = opts.port ?? (await getPort({ host: "127.0.0.1" }));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: opts.databaseUrl,
    PORT: String(port),
    HOST: "127.0.0.1",
    LOGSTAG_DEMO: "0",
    LOGSTAG_WEB_DIST: "/nonexistent",
    LOGSTAG_OWNER_PASSWORD: "first-start-password",
    LOG_LEVEL: "warn",
    ...opts.env,
  };
  for (const name of opts.unsetEnv ?? []) delete env[name];
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), "--import", "tsx", MAIN], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  const exited = once(child, "exit");
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`backend exited at start:\n${output}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`backend did not answer /healthz in time:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    url,
    port,
    child,
    output: () => output,
    stop: () => stopWith("SIGTERM"),
    kill: () => stopWith("SIGKILL"),
  };
}
