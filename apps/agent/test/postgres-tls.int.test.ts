import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startDebianPostgres, type TestPostgres } from "@logstag/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresConfigSchema } from "../src/collectors/postgres/config.ts";
import { connectPostgres } from "../src/collectors/postgres/connect.ts";
import { describePostgresError } from "../src/collectors/postgres/map.ts";
import { sql } from "../src/collectors/sql.ts";

// A PostgreSQL server with a certificate from our own CA for "localhost": verified TLS works
// with sslrootcert, fails without it or for another name, and plain connections still work
// when chosen explicitly.
let server: TestPostgres;
const dir = mkdtempSync(join(tmpdir(), "logstag-pg-tls-"));
const ca = join(dir, "ca.pem");

function openssl(...args: string[]): void {
  const r = spawnSync("openssl", args, { cwd: dir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr}`);
}

function postgresUid(): number | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  return line ? Number(line.split(":")[2]) : undefined;
}

beforeAll(async () => {
  openssl(
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-days",
    "2",
    "-subj",
    "/CN=Logstag test CA",
    "-keyout",
    "ca.key",
    "-out",
    "ca.pem",
  );
  writeFileSync(join(dir, "ext.cnf"), "subjectAltName=DNS:localhost\n");
  openssl(
    "req",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-subj",
    "/CN=localhost",
    "-keyout",
    "server.key",
    "-out",
    "server.csr",
  );
  openssl(
    "x509",
    "-req",
    "-in",
    "server.csr",
    "-CA",
    "ca.pem",
    "-CAkey",
    "ca.key",
    "-CAcreateserial",
    "-days",
    "2",
    "-extfile",
    "ext.cnf",
    "-out",
    "server.pem",
  );
  chmodSync(join(dir, "server.key"), 0o600);
  chmodSync(dir, 0o755);
  const uid = postgresUid();
  if (uid !== undefined) {
    for (const f of ["server.key", "server.pem"]) chownSync(join(dir, f), uid, uid);
  }
  server = await startDebianPostgres({
    major: 15,
    settings: {
      ssl: "on",
      ssl_cert_file: join(dir, "server.pem"),
      ssl_key_file: join(dir, "server.key"),
    },
  });
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const parse = (keys: Record<string, unknown>) =>
  postgresConfigSchema({}).parse({
    user: server.user,
    password: server.password,
    port: server.port,
    ...keys,
  });

async function sslInUse(keys: Record<string, unknown>): Promise<boolean> {
  const session = await connectPostgres(parse(keys), { timeoutMs: 5000, statementTimeoutMs: 5000 });
  try {
    const [row] = await session.query(
      sql`SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()`,
    );
    return row?.ssl === true;
  } finally {
    await session.close();
  }
}

describe("PostgreSQL TLS", () => {
  it("defaults to verified TLS for remote hosts and to plain on loopback", () => {
    expect(parse({ host: "db.example.com" }).sslmode).toBe("verify-full");
    expect(parse({ host: "127.0.0.1" }).sslmode).toBe("disable");
    expect(parse({ host: "/run/postgresql" }).sslmode).toBe("disable");
    expect(parse({ host: "db.example.com", sslmode: "disable" }).sslmode).toBe("disable");
  });

  it("verifies the certificate against sslrootcert, and the host name with verify-full", async () => {
    expect(await sslInUse({ host: "localhost", sslmode: "verify-full", sslrootcert: ca })).toBe(
      true,
    );
    expect(await sslInUse({ host: "127.0.0.1", sslmode: "verify-ca", sslrootcert: ca })).toBe(true);
    // 127.0.0.1 is not the name in the certificate.
    await expect(
      sslInUse({ host: "127.0.0.1", sslmode: "verify-full", sslrootcert: ca }),
    ).rejects.toThrow(/does not match certificate/);
    // Without our CA the certificate is not trusted; the error says it is about TLS.
    const untrusted = await sslInUse({ host: "localhost", sslmode: "verify-full" }).catch(
      (error: unknown) => error,
    );
    const described = describePostgresError(untrusted, parse({ host: "localhost" }));
    expect(described.kind).toBe("connection");
    expect(described.message).toMatch(/certificate/);
  });

  it("encrypts without checks on require, and stays plain only by explicit choice", async () => {
    expect(await sslInUse({ host: "127.0.0.1", sslmode: "require" })).toBe(true);
    expect(await sslInUse({ host: "localhost", sslmode: "disable" })).toBe(false);
  });

  it("names a missing CA file in the configuration", () => {
    const result = postgresConfigSchema({}).safeParse({
      host: "db",
      user: "u",
      sslmode: "verify-full",
      sslrootcert: join(dir, "missing.pem"),
    });
    expect(result.error?.issues[0]?.message).toBe(`file ${join(dir, "missing.pem")} not found`);
  });
});
