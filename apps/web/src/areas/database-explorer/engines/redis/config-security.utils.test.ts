import type { RedisSecurity } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import { filterConfig, isMasked } from "./config.utils.ts";
import { securityFindings } from "./security.utils.ts";

describe("filterConfig", () => {
  const rows = [
    { name: "maxmemory", value: "0" },
    { name: "appendonly", value: "no" },
    { name: "save", value: "3600 1 300 100" },
    { name: "requirepass", value: null },
  ];

  it("matches name or value, case-insensitively, sorted by name", () => {
    expect(filterConfig(rows, "").map((r) => r.name)).toEqual([
      "appendonly",
      "maxmemory",
      "requirepass",
      "save",
    ]);
    expect(filterConfig(rows, "MAXMEM").map((r) => r.name)).toEqual(["maxmemory"]);
    expect(filterConfig(rows, "3600").map((r) => r.name)).toEqual(["save"]);
  });
});

describe("isMasked", () => {
  it("recognises the agent's mask only", () => {
    expect(isMasked("********")).toBe(true);
    expect(isMasked("secret*")).toBe(false);
    expect(isMasked(null)).toBe(false);
  });
});

describe("securityFindings", () => {
  const secure: RedisSecurity = {
    protectedMode: true,
    defaultUserNoPassword: false,
    defaultUserEnabled: true,
    aclUsers: 2,
    dangerousCommands: [],
    aclLogDenials: 0,
  };

  it("finds nothing to warn about on a locked-down server", () => {
    expect(securityFindings(secure).every((f) => f.state === "ok")).toBe(true);
  });

  it("puts warnings first and names the dangerous commands", () => {
    const findings = securityFindings({
      ...secure,
      defaultUserNoPassword: true,
      protectedMode: false,
      dangerousCommands: ["flushall", "keys"],
      aclLogDenials: 3,
    });
    expect(findings.slice(0, 4).map((f) => [f.key, f.state])).toEqual([
      ["default-user", "warning"],
      ["protected-mode", "warning"],
      ["dangerous-commands", "warning"],
      ["acl-log", "warning"],
    ]);
    expect(findings.find((f) => f.key === "dangerous-commands")?.detail).toContain(
      "flushall, keys",
    );
  });

  it("does not warn about a passwordless default user that is disabled", () => {
    const findings = securityFindings({
      ...secure,
      defaultUserEnabled: false,
      defaultUserNoPassword: true,
    });
    expect(findings.find((f) => f.key === "default-user")?.state).toBe("ok");
  });

  it("says what an old server does not report", () => {
    const findings = securityFindings({
      ...secure,
      defaultUserNoPassword: null,
      aclUsers: null,
      aclLogDenials: null,
    });
    expect(findings.filter((f) => f.state === "unknown").map((f) => f.key)).toEqual([
      "default-user",
      "acl-users",
      "acl-log",
    ]);
  });
});
