import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AGENT_API, payloadSchema } from "@logstag/protocol";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeBackend, startFakeBackend } from "../test/fake-backend.ts";
import { waitFor } from "../test/log-capture.ts";
import { postgres } from "./collectors/postgres/index.ts";

const BIN = new URL("../bin/logstag-agent.mjs", import.meta.url).pathname;
let server: TestPostgres;
let backend: FakeBackend;
let dir: string;

beforeAll(async () => {
  [server, backend] = await Promise.all([startTestPostgres(), startFakeBackend()]);
  dir = await mkdtemp(join(tmpdir(), "logstag-agent-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await backend?.close();
  await server?.stop();
});

function configText(password: string): string {
  return `[backend]
url = "${backend.url}"
api_key_env = "TEST_AGENT_KEY"

[intervals]
high = "1s"

[[targets]]
name = "local-pg"
engine = "postgres"
host = "127.0.0.1"
port = ${server.port}
user = "postgres"
password = "${password}"
`;
}

async function writeConfig(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function launch(args: string[]): { child: ChildProcess; done: Promise<Result> } {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, TEST_AGENT_KEY: "lsa_cli_key" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (c) => (stdout += c));
  child.stderr?.on("data", (c) => (stderr += c));
  const done = new Promise<Result>((resolve) =>
    child.on("close", (code) => resolve({ code, stdout, stderr })),
  );
  return { child, done };
}

const cli = (...args: string[]) => launch(args).done;

describe("logstag-agent", () => {
  it("prints help and version", async () => {
    expect((await cli("--help")).stdout).toContain("Usage: logstag-agent");
    expect((await cli("--version")).stdout).toMatch(/^logstag-agent \d+\.\d+\.\d+/);
  });

  it("reports config errors with file and line, no stack, exit code 2", async () => {
    const path = await writeConfig(
      "bad.toml",
      configText("x").replace(`port = ${server.port}`, 'port = "x"'),
    );
    const result = await cli("validate", "--config", path);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toBe(
      `${path}:12: targets[0].port: expected an integer between 1 and 65535\n`,
    );
    expect((await cli("frobnicate")).code).toBe(2);
  });

  it("checks each target and fails when one cannot be reached", async () => {
    const good = await cli(
      "check",
      "-c",
      await writeConfig("good.toml", configText(server.password)),
    );
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(
      /^local-pg \(postgres 127\.0\.0\.1:\d+\/postgres\): OK — PostgreSQL 18/,
    );
    const bad = await cli("check", "-c", await writeConfig("bad-pw.toml", configText("wrong")));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('FAILED — connection: authentication failed for user "postgres"');
  });

  it("prints the payloads of one run without sending them", async () => {
    const before = backend.requests.length;
    const result = await cli(
      "once",
      "-c",
      await writeConfig("once.toml", configText(server.password)),
    );
    expect(result.code).toBe(0);
    const { payloads } = JSON.parse(result.stdout);
    expect(payloads.map((p: unknown) => payloadSchema.parse(p).collector)).toEqual(
      postgres.collectors.map((c) => c.name),
    );
    expect(backend.requests.length).toBe(before);
  });

  it("runs until SIGTERM, then stops cleanly", async () => {
    const { child, done } = launch([
      "run",
      "-c",
      await writeConfig("run.toml", configText(server.password)),
    ]);
    await waitFor(() => backend.requests.some((r) => r.path === AGENT_API.ingest), 20_000);
    child.kill("SIGTERM");
    const result = await done;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("logstag-agent stopped");
    expect(result.stdout).not.toContain("lsa_cli_key");
    expect(result.stdout).not.toContain(server.password);
  });
});
