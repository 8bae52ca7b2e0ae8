import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AGENT_API, registerAgentRequestSchema } from "@logstag/protocol";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAgentProcess, until } from "./agent-process.ts";
import { type FakeBackend, startFakeBackend } from "./fake-backend.ts";

const BIN = new URL("../bin/logstag-agent.mjs", import.meta.url).pathname;
let server: TestPostgres;
let backend: FakeBackend;
let dir: string;

beforeAll(async () => {
  [server, backend] = await Promise.all([startTestPostgres(), startFakeBackend()]);
  dir = await mkdtemp(join(tmpdir(), "logstag-cli-commands-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await backend?.close();
  await server?.stop();
});

function cli(args: string[], options: { stdin?: string; env?: Record<string, string> } = {}) {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: dir,
    env: { ...process.env, ...options.env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c) => (stdout += c));
  child.stderr.on("data", (c) => (stderr += c));
  child.stdin.end(options.stdin ?? "");
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, stdout, stderr })),
  );
}

const target = (password: string, name = "local-pg") => `
[[targets]]
name = "${name}"
engine = "postgres"
host = "127.0.0.1"
port = ${server.port}
user = "postgres"
password = "${password}"
`;

const config = (targets: string, head = "") =>
  `${head}[backend]\nurl = "${backend.url}"\napi_key = "lsa_cli_key"\n[intervals]\nhigh = "1s"\n${targets}`;

describe("secrets", () => {
  it("keygen writes a private key file once; encrypt seals a password that check can use", async () => {
    const made = await cli(["keygen", "--out", "agent.key"]);
    expect(made.code).toBe(0);
    expect((await stat(join(dir, "agent.key"))).mode & 0o777).toBe(0o600);
    const again = await cli(["keygen", "--out", "agent.key"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("exists; values encrypted with it would become unreadable");

    const sealed = await cli(["encrypt", "--key-file", "agent.key"], {
      stdin: `${server.password}\n`,
    });
    expect(sealed.code).toBe(0);
    const value = sealed.stdout.trim();
    expect(value).toMatch(/^enc:v1:[A-Za-z0-9_-]+$/);
    expect(sealed.stdout + sealed.stderr).not.toContain(server.password);

    const path = join(dir, "sealed.toml");
    await writeFile(path, config(target(value), '[secrets]\nkey_file = "agent.key"\n'));
    const check = await cli(["check", "-c", path]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("OK — PostgreSQL");
    const once = await cli(["once", "-c", path]);
    expect(once.stdout + once.stderr).not.toContain(server.password);

    // Another key: one clear error naming the setting, never the secret.
    await cli(["keygen", "--out", "other.key"]);
    await writeFile(path, config(target(value), '[secrets]\nkey_file = "other.key"\n'));
    const wrong = await cli(["validate", "-c", path]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(
      `${path}:15: targets[0].password: cannot decrypt: it was encrypted with another key, or the value is damaged (key: key file ${join(dir, "other.key")})\n`,
    );
    const missing = await cli(["encrypt"], { stdin: "x" });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no key to decrypt it with");
  });
});

describe("init and help", () => {
  it("writes a starter configuration that validates, and never overwrites it", async () => {
    const made = await cli(["init", "--engine", "postgres,redis", "--out", "starter.toml"]);
    expect(made.code).toBe(0);
    const text = await readFile(join(dir, "starter.toml"), "utf8");
    expect(text).toContain('engine = "postgres"');
    expect(text).toContain('engine = "redis"');
    const env = { LOGSTAG_AGENT_KEY: "lsa_x", LOGSTAG_PG_PASSWORD: "pw" };
    const valid = await cli(["validate", "-c", "starter.toml"], { env });
    expect(valid).toMatchObject({ code: 0, stdout: "starter.toml: OK (2 targets, 2 enabled)\n" });
    expect((await cli(["init", "--out", "starter.toml"])).code).toBe(2);
    expect((await cli(["init", "--engine", "oracle", "--out", "o.toml"])).stderr).toContain(
      'unknown engine "oracle"',
    );
  });
});

describe("SIGHUP", () => {
  it("reloads a valid configuration and keeps the running one when the new one is invalid", async () => {
    const path = join(dir, "reload.toml");
    await writeFile(path, config(target(server.password)));
    const agent = startAgentProcess(path);
    const registrations = () =>
      backend.requests
        .filter((r) => r.path === AGENT_API.register)
        .map((r) => registerAgentRequestSchema.parse(r.body).targets.map((t) => t.name));
    const before = registrations().length;
    await until("registration", () => registrations().length > before);

    await writeFile(path, config(target(server.password)).replace("port =", "port = 'x'\n#"));
    agent.child.kill("SIGHUP");
    await until("the refusal", () => agent.output().includes("configuration not reloaded"));
    expect(agent.output()).toContain("targets[0].port");

    await writeFile(path, config(target(server.password) + target(server.password, "second")));
    agent.child.kill("SIGHUP");
    await until("the reload", () => agent.output().includes("configuration reloaded"));
    await until("registration of both targets", () =>
      registrations().some((names) => names.join() === "local-pg,second"),
    );
    await agent.stop();
    expect(agent.output()).not.toContain(server.password);
    expect(agent.output()).not.toContain("lsa_cli_key");
  });
});
