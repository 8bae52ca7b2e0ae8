import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { startTestPostgres, type TestPostgres } from "@logstag/test-support";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildExecutable } from "../scripts/build-executable.ts";
import { buildTarball } from "../scripts/build-tarball.ts";

// The program operators install: built like `npm run build:executable`, run without Node or
// node_modules next to it.
const run = promisify(execFile);
let server: TestPostgres;
let dir: string;
let binary: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "logstag-sea-"));
  [server, binary] = await Promise.all([
    startTestPostgres(),
    buildExecutable(join(dir, "logstag-agent")),
  ]);
});
afterAll(async () => {
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

it("prints its version and checks a real PostgreSQL from an empty directory", async () => {
  const version = await run(binary, ["--version"], { cwd: dir });
  expect(version.stdout).toMatch(/^logstag-agent \d+\.\d+\.\d+\n$/);
  expect(version.stderr).toBe("");
  await writeFile(
    join(dir, "agent.toml"),
    `[backend]
url = "http://127.0.0.1:9"
api_key = "lsa_sea"

[[targets]]
name = "pg"
engine = "postgres"
host = "127.0.0.1"
port = ${server.port}
user = "${server.user}"
password_env = "PG_PASSWORD"
`,
  );
  const env = { PATH: "/usr/bin:/bin", PG_PASSWORD: server.password };
  const check = await run(binary, ["check", "-c", "agent.toml"], { cwd: dir, env });
  expect(check.stdout).toMatch(/^pg \(postgres 127\.0\.0\.1:\d+\/postgres\): OK — PostgreSQL/);
  expect(check.stderr).toBe("");
});

it("packs the executable with the systemd unit, install script and a starter configuration", async () => {
  const tarball = await buildTarball(binary, dir);
  const { stdout } = await run("tar", ["-tzf", tarball]);
  const files = stdout
    .trim()
    .split("\n")
    .map((f) => f.replace(/^[^/]+\//, ""))
    .sort();
  expect(files).toEqual([
    "",
    "INSTALL.md",
    "agent.toml.example",
    "install.sh",
    "logstag-agent",
    "logstag-agent.service",
  ]);
});
