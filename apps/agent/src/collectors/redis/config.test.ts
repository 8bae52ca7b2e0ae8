import { describe, expect, it } from "vitest";
import { redisConfigSchema, redisEndpoint } from "./config.ts";

const parse = (raw: unknown, env = {}) => redisConfigSchema(env).safeParse(raw);

describe("redis target keys", () => {
  it("fills defaults and reads the password from the environment", () => {
    const parsed = parse(
      { host: "cache", username: "logstag", password_env: "REDIS_PW" },
      { REDIS_PW: "s3cret" },
    );
    expect(parsed.data).toEqual({
      host: "cache",
      port: 6379,
      db: 0,
      username: "logstag",
      password: "s3cret",
    });
    expect(redisEndpoint(parsed.data ?? { host: "", port: 0, db: 0 })).toBe("cache:6379/0");
  });

  it("takes TLS options only with tls = true", () => {
    expect(
      parse({ host: "h", tls: true, tls_ca_file: "/etc/ca.pem", tls_servername: "cache.internal" })
        .data?.tls,
    ).toEqual({ caFile: "/etc/ca.pem", servername: "cache.internal", insecure: false });
    expect(parse({ host: "h", tls_insecure: true }).error?.issues[0]).toMatchObject({
      path: ["tls_insecure"],
      message: "tls_insecure needs tls = true",
    });
  });

  it("refuses unknown keys, both password keys and a missing variable", () => {
    expect(parse({ host: "h", user: "x" }).success).toBe(false);
    expect(parse({ host: "h", password: "a", password_env: "B" }, { B: "b" }).success).toBe(false);
    expect(parse({ host: "h", password_env: "NOPE" }).error?.issues[0]?.message).toBe(
      "environment variable NOPE is not set",
    );
    expect(parse({ host: "h", port: 70000 }).error?.issues[0]?.message).toBe(
      "expected an integer between 1 and 65535",
    );
  });
});
