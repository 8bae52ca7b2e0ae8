import { describe, expect, it } from "vitest";
import { mapExtensions, mapRoles, mapSettings, maskConninfo, maskSetting } from "./map-config.ts";

describe("masking secrets in settings", () => {
  it.each([
    [
      "host=db user=rep password=s3cret sslmode=require",
      "host=db user=rep password=******** sslmode=require",
    ],
    ["host=db password='a b\\'c' port=5432", "host=db password=******** port=5432"],
    ["sslpassword=x host=db", "sslpassword=******** host=db"],
    ["postgresql://rep:s3cret@db:5432/app", "postgresql://rep:********@db:5432/app"],
    ["host=db user=rep", "host=db user=rep"],
  ])("%s", (value, masked) => {
    expect(maskConninfo(value)).toBe(masked);
  });

  it("masks whole secret settings and conninfo settings, nothing else", () => {
    expect(maskSetting("primary_conninfo", "password=x")).toBe("password=********");
    expect(maskSetting("ssl_passphrase_command", "echo hunter2")).toBe("********");
    expect(maskSetting("ssl_passphrase_command", "")).toBe("");
    expect(maskSetting("work_mem", "4096")).toBe("4096");
    expect(maskSetting("ssl_key_file", "server.key")).toBe("server.key");
  });
});

it("maps settings, flagging non-defaults and pending restarts", () => {
  const { metrics, snapshot } = mapSettings([
    {
      name: "max_connections",
      setting: "100",
      unit: null,
      category: "Connections",
      short_desc: "d",
      source: "default",
      boot_val: "100",
      pending_restart: true,
      context: "postmaster",
    },
    {
      name: "work_mem",
      setting: "8192",
      unit: "kB",
      category: "Memory",
      short_desc: "d",
      source: "configuration file",
      boot_val: "4096",
      pending_restart: false,
      context: "user",
    },
    {
      name: "application_name",
      setting: "logstag-agent",
      unit: null,
      category: "x",
      short_desc: "d",
      source: "client",
      boot_val: "",
      pending_restart: false,
      context: "user",
    },
  ]);
  expect(metrics).toEqual([{ name: "postgres.settings.pending_restart", value: 1 }]);
  expect(
    snapshot.rows.map((r) => [
      (r as { name: string }).name,
      (r as { isDefault: boolean }).isDefault,
    ]),
  ).toEqual([
    ["max_connections", true],
    ["work_mem", false],
    ["application_name", true],
  ]);
});

it("maps roles with memberships, and extensions", () => {
  const roles = mapRoles([
    {
      rolname: "monitor",
      rolsuper: false,
      rolinherit: true,
      rolcreaterole: false,
      rolcreatedb: false,
      rolcanlogin: true,
      rolreplication: false,
      rolbypassrls: false,
      rolconnlimit: -1,
      rolvaliduntil: null,
      member_of: ["pg_monitor"],
    },
    { rolname: null },
  ]);
  expect(roles.rows).toEqual([
    {
      name: "monitor",
      superuser: false,
      inherit: true,
      createRole: false,
      createDb: false,
      canLogin: true,
      replication: false,
      bypassRls: false,
      connectionLimit: -1,
      validUntil: null,
      memberOf: ["pg_monitor"],
    },
  ]);
  expect(
    mapExtensions([{ extname: "plpgsql", extversion: "1.0", nspname: "pg_catalog" }]).rows,
  ).toEqual([{ name: "plpgsql", version: "1.0", schema: "pg_catalog" }]);
});
