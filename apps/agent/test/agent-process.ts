import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readdir } from "node:fs/promises";

const BIN = new URL("../bin/logstag-agent.mjs", import.meta.url).pathname;

export interface AgentProcess {
  child: ChildProcess;
  /** Parsed JSON log lines so far. */
  logs(): Record<string, unknown>[];
  output(): string;
  /** SIGTERM, wait for the exit; returns the stats of the "logstag-agent stopped" line. */
  stop(): Promise<Record<string, unknown>>;
}

/** The agent as operators run it: its own process, a config file, JSON logs on stdout. */
export function startAgentProcess(
  configPath: string,
  env: Record<string, string> = {},
  args: string[] = [],
): AgentProcess {
  const child = spawn(process.execPath, [BIN, "run", "-c", configPath, ...args], {
    env: { ...process.env, ...env },
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
  const logs = () =>
    output
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return {
    child,
    logs,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
      const stopped = logs().find((l) => l.msg === "logstag-agent stopped");
      if (!stopped) throw new Error(`no "stopped" line in the agent's output:\n${output}`);
      return stopped;
    },
  };
}

export async function spoolSegments(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [])).filter((f) => f.endsWith(".seg"));
}

export async function until(
  what: string,
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
