import { describe, expect, it } from "vitest";
import { configValue, isSecretParameter, MASK, mapConfig } from "./map-config.ts";

describe("configuration", () => {
  it("masks credentials, keeps empty ones empty and sorts by name", () => {
    const snapshot = mapConfig([
      "requirepass",
      "s3cret",
      "masterauth",
      "",
      "maxmemory",
      "0",
      "tls-key-file-pass",
      "pp",
      "primaryauth",
      "x",
      "masteruser",
      "replicator",
      "tls-auth-clients",
      "yes",
    ]);
    expect(snapshot.rows).toEqual([
      { name: "masterauth", value: "" },
      { name: "masteruser", value: MASK },
      { name: "maxmemory", value: "0" },
      { name: "primaryauth", value: MASK },
      { name: "requirepass", value: MASK },
      { name: "tls-auth-clients", value: "yes" },
      { name: "tls-key-file-pass", value: MASK },
    ]);
    expect(JSON.stringify(snapshot)).not.toContain("s3cret");
  });

  it.each([
    ["some-module-token", true],
    ["client-secret", true],
    ["tls-client-key-file-pass", true],
    ["primaryuser", true],
    ["maxclients", false],
    ["notify-keyspace-events", false],
  ])("%s is secret: %s", (name, secret) => {
    expect(isSecretParameter(name)).toBe(secret);
  });

  it("reads one value of a CONFIG GET reply", () => {
    expect(configValue(["protected-mode", "yes"], "protected-mode")).toBe("yes");
    expect(configValue([], "enable-debug-command")).toBeUndefined();
  });
});
