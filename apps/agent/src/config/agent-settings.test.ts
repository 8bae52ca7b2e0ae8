import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { encryptSecret, generateKeyText, parseKey } from "../secrets/secret-box.ts";
import { ConfigError } from "./config-error.ts";
import { parseConfig } from "./parse-config.ts";

const target = `
[[targets]]
name = "db"
engine = "postgres"
host = "127.0.0.1"
user = "logstag"
`;

const withBackend = (url: string, extra = "") =>
  `[backend]\nurl = "${url}"\napi_key = "lsa_k"\n${extra}${target}`;

function problems(text: string, env: Record<string, string> = {}): string[] {
  try {
    parseConfig(text, { file: "/etc/logstag/agent.toml", env });
  } catch (error) {
    if (error instanceof ConfigError) return error.message.split("\n");
    throw error;
  }
  return [];
}

describe("backend url", () => {
  it("refuses http:// to a remote host unless allowed explicitly", () => {
    expect(problems(withBackend("http://logstag.internal:8080"))).toEqual([
      "/etc/logstag/agent.toml:2: backend.url: http:// sends the agent key in clear text to a remote host; use https://, or set allow_insecure_http = true on a trusted network",
    ]);
    const allowed = parseConfig(
      withBackend("http://logstag.internal:8080", "allow_insecure_http = true\n"),
      { file: "a.toml", env: {} },
    );
    expect(allowed.backend.insecureHttp).toBe(true);
  });

  it.each(["http://127.0.0.1:8080", "http://localhost", "http://[::1]:80", "https://x.example"])(
    "accepts %s",
    (url) => {
      const config = parseConfig(withBackend(url), { file: "a.toml", env: {} });
      expect(config.backend.insecureHttp).toBeUndefined();
    },
  );
});

describe("spool and metrics", () => {
  it("defaults the spool next to the file, or under systemd's state directory", () => {
    const config = parseConfig(withBackend("https://x"), {
      file: "/etc/logstag/agent.toml",
      env: {},
    });
    expect(config.spool).toEqual({
      dir: "/etc/logstag/spool",
      maxBytes: 256 * 1024 * 1024,
      maxAgeMs: 48 * 3_600_000,
    });
    expect(config.metrics).toEqual({});
    const systemd = parseConfig(withBackend("https://x"), {
      file: "/etc/logstag/agent.toml",
      env: { STATE_DIRECTORY: "/var/lib/logstag-agent" },
    });
    expect(systemd.spool?.dir).toBe("/var/lib/logstag-agent/spool");
  });

  it("reads spool bounds and the metrics address", () => {
    const text = `${withBackend("https://x")}
[spool]
dir = "queue"
max_size = "64MiB"
max_age = "6h"

[metrics]
listen = "0.0.0.0:9464"
`;
    const config = parseConfig(text, { file: "/etc/logstag/agent.toml", env: {} });
    expect(config.spool).toEqual({
      dir: "/etc/logstag/queue",
      maxBytes: 64 * 1024 * 1024,
      maxAgeMs: 6 * 3_600_000,
    });
    expect(config.metrics).toEqual({ listen: { host: "0.0.0.0", port: 9464 } });
    expect(problems(`${withBackend("https://x")}\n[spool]\nmax_size = "big"\n`)).toEqual([
      '/etc/logstag/agent.toml:12: spool.max_size: use a size like "500MB", "2GiB" or a whole number of bytes',
    ]);
  });
});

describe("encrypted values", () => {
  const keyText = generateKeyText();
  const key = parseKey(keyText, "test");
  const secretText = (password: string, apiKey: string) =>
    `[secrets]\nkey_file = "agent.key"\n[backend]\nurl = "https://x"\napi_key = "${apiKey}"\n${target}password = "${password}"\n`;

  it("decrypts password and api_key with the key file next to the configuration", async () => {
    const dir = await mkdtemp(join(tmpdir(), "logstag-secrets-"));
    await writeFile(join(dir, "agent.key"), keyText, { mode: 0o600 });
    const text = secretText(encryptSecret("pg-pass", key), encryptSecret("lsa_real", key));
    const config = parseConfig(text, { file: join(dir, "agent.toml"), env: {} });
    expect(config.backend.apiKey).toBe("lsa_real");
    expect(config.targets[0]?.connection).toMatchObject({ password: "pg-pass" });
  });

  it("names the setting, and never the value, when the key is wrong or missing", async () => {
    const other = parseKey(generateKeyText(), "other");
    const sealed = encryptSecret("pg-pass", other);
    const text = secretText(sealed, encryptSecret("lsa_real", other));
    const env = { LOGSTAG_AGENT_SECRET_KEY: keyText.trim() };
    const wrong = problems(text, env);
    expect(wrong).toEqual([
      "/etc/logstag/agent.toml:5: backend.api_key: cannot decrypt: it was encrypted with another key, or the value is damaged (key: environment variable LOGSTAG_AGENT_SECRET_KEY)",
      "/etc/logstag/agent.toml:12: targets[0].password: cannot decrypt: it was encrypted with another key, or the value is damaged (key: environment variable LOGSTAG_AGENT_SECRET_KEY)",
    ]);
    const missing = problems(text.replace('key_file = "agent.key"', 'key_file = "none.key"'));
    expect(missing[0]).toBe(
      "/etc/logstag/agent.toml:5: backend.api_key: encrypted value, but cannot read the key file /etc/logstag/none.key: not found",
    );
    expect([...wrong, ...missing].join("\n")).not.toContain(sealed);
  });
});
