import type { PostgresRole } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import {
  describeConnectionLimit,
  filterRoles,
  isPredefinedRole,
  roleAttributes,
} from "./roles.utils.ts";

function role(name: string, overrides: Partial<PostgresRole> = {}): PostgresRole {
  return {
    name,
    superuser: false,
    inherit: true,
    createRole: false,
    createDb: false,
    canLogin: false,
    replication: false,
    bypassRls: false,
    connectionLimit: -1,
    validUntil: null,
    memberOf: [],
    ...overrides,
  };
}

describe("roleAttributes", () => {
  it("badges the powers a role has and a missing inherit", () => {
    expect(
      roleAttributes(role("postgres", { superuser: true, canLogin: true, replication: true })).map(
        (a) => a.label,
      ),
    ).toEqual(["superuser", "login", "replication"]);
    expect(roleAttributes(role("x", { inherit: false })).map((a) => a.label)).toEqual([
      "no inherit",
    ]);
    expect(roleAttributes(role("plain"))).toEqual([]);
  });
});

describe("filterRoles", () => {
  it("hides PostgreSQL's predefined roles unless asked", () => {
    const roles = [role("pg_monitor"), role("app"), role("logstag_monitor")];
    expect(filterRoles(roles, false).map((r) => r.name)).toEqual(["app", "logstag_monitor"]);
    expect(filterRoles(roles, true)).toHaveLength(3);
    expect(isPredefinedRole(role("pg_read_all_stats"))).toBe(true);
  });
});

describe("describeConnectionLimit", () => {
  it("reads -1 as no limit", () => {
    expect(describeConnectionLimit(-1)).toBe("no limit");
    expect(describeConnectionLimit(5)).toBe("5");
  });
});
