import { describe, expect, it } from "vitest";
import { ConfigError } from "./config-error.ts";
import { parseConfig } from "./parse-config.ts";

const VALID = `[agent]
name = "web-01"

[backend]
url = "http://127.0.0.1:8080/"
api_key = "lsa_secret"

[intervals]
medium = "30s"

[[targets]]
name = "orders-db"
engine = "postgres"
host = "127.0.0.1"
port = 5432
database = "orders"
user = "logstag"
password_env = "PGPASSWORD_ORDERS"
collector_timeout = "2s"

[targets.intervals]
high = "5s"

[[targets]]
name = "billing-db"
engine = "postgres"
enabled = false
host = "db2"
user = "logstag"
`;

const env = { PGPASSWORD_ORDERS: "pw-from-env", LOGSTAG_AGENT_KEY: "lsa_from_env" };

function problemsOf(text: string, e: Record<string, string> = env): string[] {
  try {
    parseConfig(text, { file: "agent.toml", env: e });
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split("\n");
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig", () => {
  it("reads a valid file, applying defaults and overrides", () => {
    const config = parseConfig(VALID, { file: "agent.toml", env });
    expect(config.agent.name).toBe("web-01");
    expect(config.backend).toEqual({ url: "http://127.0.0.1:8080", apiKey: "lsa_secret" });
    const [orders, billing] = config.targets;
    expect(orders).toMatchObject({
      name: "orders-db",
      engine: "postgres",
      enabled: true,
      collectorTimeoutMs: 2000,
      intervalsMs: { high: 5000, medium: 30_000, low: 600_000, schema: 14_400_000 },
      endpoint: "127.0.0.1:5432/orders",
      connection: { password: "pw-from-env", sslmode: "disable" },
    });
    expect(billing).toMatchObject({
      enabled: false,
      collectorTimeoutMs: 5000,
      endpoint: "db2:5432/postgres",
    });
    expect(billing?.intervalsMs.high).toBe(10_000);
  });

  it("defaults the agent name to the host name and reads the key from the environment", () => {
    const text = VALID.replace('[agent]\nname = "web-01"\n', "").replace(
      'api_key = "lsa_secret"',
      'api_key_env = "LOGSTAG_AGENT_KEY"',
    );
    const config = parseConfig(text, { file: "agent.toml", env });
    expect(config.agent.name.length).toBeGreaterThan(0);
    expect(config.backend.apiKey).toBe("lsa_from_env");
  });

  it("names file, line and key path of a wrong type", () => {
    expect(problemsOf(VALID.replace("port = 5432", 'port = "5432"'))).toEqual([
      "agent.toml:15: targets[0].port: expected an integer between 1 and 65535",
    ]);
    expect(problemsOf(VALID.replace("port = 5432", "port = 70000"))).toEqual([
      "agent.toml:15: targets[0].port: expected an integer between 1 and 65535",
    ]);
    expect(problemsOf(VALID.replace("enabled = false", 'enabled = "no"'))).toEqual([
      'agent.toml:27: targets[1].enabled: expected a boolean, got "no" (a string)',
    ]);
  });

  it("reports TOML syntax errors with line and column", () => {
    expect(problemsOf(VALID.replace("port = 5432", "port = = 5432"))).toEqual([
      "agent.toml:15:8: invalid TOML: invalid value",
    ]);
  });

  it("rejects unknown keys anywhere", () => {
    const text = VALID.replace('host = "db2"', 'hots = "db2"').replace(
      "[intervals]",
      "[intervals]\nhihg = 5",
    );
    expect(problemsOf(text)).toEqual([
      'agent.toml:9: intervals.hihg: unknown key "hihg"; check the spelling (see the agent README)',
      "agent.toml:25: targets[1].host: required key is missing",
      'agent.toml:29: targets[1].hots: unknown key "hots"; check the spelling (see the agent README)',
    ]);
  });

  it("rejects engines it does not know or cannot collect yet, naming the supported ones", () => {
    expect(problemsOf(VALID.replace('engine = "postgres"', 'engine = "postgre"'))).toEqual([
      'agent.toml:13: targets[0].engine: unknown engine "postgre"; this agent supports: postgres, redis, valkey',
    ]);
    expect(problemsOf(VALID.replace('engine = "postgres"', 'engine = "mongodb"'))).toEqual([
      'agent.toml:13: targets[0].engine: engine "mongodb" is not available in this release of the agent; this agent supports: postgres, redis, valkey',
    ]);
  });

  it("reports missing fields at the table that lacks them", () => {
    const text = VALID.replace('user = "logstag"\n', "").replace('name = "billing-db"\n', "");
    expect(problemsOf(text)).toEqual([
      "agent.toml:11: targets[0].user: required key is missing",
      "agent.toml:23: targets[1].name: required key is missing",
    ]);
    expect(problemsOf('[backend]\nurl = "http://localhost"\napi_key = "lsa_1"\n')).toEqual([
      "agent.toml: targets: add at least one [[targets]] table",
    ]);
    expect(problemsOf("[[targets]]\n")[0]).toBe("agent.toml: backend: required key is missing");
  });

  it("rejects duplicate target names", () => {
    expect(problemsOf(VALID.replace('"billing-db"', '"orders-db"'))).toEqual([
      'agent.toml:25: targets[1].name: duplicate target name "orders-db" (also used by targets[0]); names must be unique',
    ]);
  });

  it("wants exactly one of api_key and api_key_env", () => {
    const both = VALID.replace('api_key = "lsa_secret"', 'api_key = "lsa_1"\napi_key_env = "K"');
    expect(problemsOf(both)).toEqual([
      "agent.toml:6: backend.api_key: set exactly one of api_key and api_key_env",
    ]);
    const neither = VALID.replace('api_key = "lsa_secret"\n', "");
    expect(problemsOf(neither)).toEqual([
      "agent.toml:4: backend.api_key: set exactly one of api_key and api_key_env",
    ]);
    const unset = VALID.replace('api_key = "lsa_secret"', 'api_key_env = "NOPE"');
    expect(problemsOf(unset)).toEqual([
      "agent.toml:6: backend.api_key_env: environment variable NOPE is not set",
    ]);
    expect(problemsOf(VALID.replace("lsa_secret", "sk_123"))).toEqual([
      'agent.toml:6: backend.api_key: agent keys start with "lsa_"; create one in Logstag',
    ]);
  });

  it("rejects a password given twice or an unset password variable", () => {
    expect(problemsOf(VALID, {})).toEqual([
      "agent.toml:18: targets[0].password_env: environment variable PGPASSWORD_ORDERS is not set",
    ]);
    const both = VALID.replace(
      'password_env = "PGPASSWORD_ORDERS"',
      'password = "x"\npassword_env = "P"',
    );
    expect(problemsOf(both)).toEqual([
      "agent.toml:19: targets[0].password_env: set either password or password_env, not both",
    ]);
  });

  it("rejects bad durations", () => {
    const hint = 'use a duration like "500ms", "10s", "5m", "4h" or whole seconds';
    expect(problemsOf(VALID.replace('medium = "30s"', 'medium = "30"'))).toEqual([
      `agent.toml:9: intervals.medium: ${hint}`,
    ]);
    expect(problemsOf(VALID.replace('high = "5s"', 'high = "500ms"'))).toEqual([
      "agent.toml:22: targets[0].intervals.high: expected a duration between 1s and 24h",
    ]);
    expect(problemsOf(VALID.replace('collector_timeout = "2s"', "collector_timeout = -1"))).toEqual(
      [`agent.toml:19: targets[0].collector_timeout: ${hint}`],
    );
  });

  it("rejects names the backend would refuse and bad URLs", () => {
    expect(problemsOf(VALID.replace('"orders-db"', '"orders;db"'))).toEqual([
      "agent.toml:12: targets[0].name: use letters, digits, spaces and . _ - @ : /",
    ]);
    expect(problemsOf(VALID.replace("http://127.0.0.1:8080/", "ftp://x"))).toEqual([
      "agent.toml:5: backend.url: expected an http:// or https:// URL",
    ]);
  });
});
