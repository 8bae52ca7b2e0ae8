import { describe, expect, it } from "vitest";
import type { PostgresConnection } from "./config.ts";
import {
  describePostgresError,
  engineVersion,
  mapConnections,
  mapDatabaseStats,
  mapInstance,
  toNumber,
} from "./map.ts";

describe("mapInstance", () => {
  it("turns the instance row into metrics and inventory", () => {
    const started = new Date("2025-01-01T00:00:00Z");
    const result = mapInstance({
      server_version: "16.4 (Debian 16.4-1.pgdg120+1)",
      version: "PostgreSQL 16.4 (Debian 16.4-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc",
      started_at: started,
      uptime_seconds: "3600.75",
      in_recovery: true,
      max_connections: 100,
    });
    expect(result).toEqual({
      metrics: [
        { name: "postgres.connections.max", value: 100 },
        { name: "postgres.uptime", value: 3600 },
      ],
      inventory: {
        engineVersion: "PostgreSQL 16.4 (Debian 16.4-1.pgdg120+1)",
        role: "replica",
        startedAt: "2025-01-01T00:00:00.000Z",
      },
    });
  });

  it("falls back to server_version and omits what is missing", () => {
    expect(engineVersion(null, "17.2")).toBe("PostgreSQL 17.2");
    expect(mapInstance({ in_recovery: false })).toEqual({
      metrics: [],
      inventory: { engineVersion: "PostgreSQL", role: "primary" },
    });
    expect(() => mapInstance(undefined)).toThrow("no row");
  });
});

it("counts connections by state, reporting the usual states even at zero", () => {
  expect(mapConnections(null).every((m) => m.value === 0)).toBe(true);
  expect(mapConnections({ active: "2", idle: 5, unknown: 1 })).toEqual([
    { name: "postgres.connections", value: 2, labels: { state: "active" } },
    { name: "postgres.connections", value: 5, labels: { state: "idle" } },
    { name: "postgres.connections", value: 0, labels: { state: "idle in transaction" } },
    { name: "postgres.connections", value: 0, labels: { state: "idle in transaction (aborted)" } },
    { name: "postgres.connections", value: 1, labels: { state: "unknown" } },
  ]);
});

it("maps pg_stat_database rows to raw counters per database, skipping shared objects", () => {
  const samples = mapDatabaseStats([
    { datname: null, xact_commit: "1" },
    {
      datname: "orders",
      numbackends: 3,
      xact_commit: "9007199254740993",
      blks_hit: "12",
      deadlocks: null,
    },
  ]);
  expect(samples).toEqual([
    { name: "postgres.database.numbackends", value: 3, labels: { database: "orders" } },
    {
      name: "postgres.database.xact_commit",
      value: 9007199254740992,
      labels: { database: "orders" },
    },
    { name: "postgres.database.blks_hit", value: 12, labels: { database: "orders" } },
  ]);
});

it("maps checksum failures on every version and the session statistics of 14+", () => {
  const db = { database: "orders" };
  // A 13 row: no session columns.
  expect(mapDatabaseStats([{ datname: "orders", checksum_failures: "0" }])).toEqual([
    { name: "postgres.database.checksum_failures", value: 0, labels: db },
  ]);
  // A 14–18 row; checksum_failures is NULL while data checksums are off.
  const row14 = {
    datname: "orders",
    checksum_failures: null,
    sessions: "40",
    sessions_abandoned: "1",
    sessions_fatal: "0",
    sessions_killed: "2",
    session_time: 120000.5,
    active_time: 3000.25,
    idle_in_transaction_time: 10,
  };
  expect(mapDatabaseStats([row14])).toEqual([
    { name: "postgres.database.sessions", value: 40, labels: db },
    { name: "postgres.database.sessions_abandoned", value: 1, labels: db },
    { name: "postgres.database.sessions_fatal", value: 0, labels: db },
    { name: "postgres.database.sessions_killed", value: 2, labels: db },
    { name: "postgres.database.session_time", value: 120000.5, labels: db },
    { name: "postgres.database.active_time", value: 3000.25, labels: db },
    { name: "postgres.database.idle_in_transaction_time", value: 10, labels: db },
  ]);
});

it("reads pg's numbers, bigints and numeric strings", () => {
  expect([1, "2", 3n, "4.5", "", "x", null, Number.NaN].map(toNumber)).toEqual([
    1,
    2,
    3,
    4.5,
    undefined,
    undefined,
    undefined,
    undefined,
  ]);
});

describe("describePostgresError", () => {
  const c: PostgresConnection = {
    host: "db",
    port: 5432,
    database: "orders",
    user: "logstag",
    sslmode: "disable",
    queryText: "normalized",
    statementsTop: 100,
    schemaDatabases: 50,
  };
  const err = (code: string, message = "boom") => Object.assign(new Error(message), { code });
  it.each([
    [
      err("28P01"),
      "connection",
      'authentication failed for user "logstag" at db:5432; check user and password',
    ],
    [
      err("28000"),
      "connection",
      'authentication failed for user "logstag" at db:5432; check user and password',
    ],
    [err("3D000"), "connection", 'database "orders" does not exist at db:5432'],
    [err("ECONNREFUSED"), "connection", "connection refused at db:5432"],
    [err("ENOTFOUND"), "connection", "host not found at db:5432"],
    [
      err("57P01", "terminating connection"),
      "connection",
      "connection to db:5432 lost: terminating connection",
    ],
    [new Error("timeout expired"), "timeout", "timed out connecting to db:5432"],
    [
      new Error("Connection terminated unexpectedly"),
      "connection",
      "connection to db:5432 closed unexpectedly: Connection terminated unexpectedly",
    ],
    [
      new Error("Client has encountered a connection error and is not queryable"),
      "connection",
      "connection to db:5432 closed unexpectedly: Client has encountered a connection error and is not queryable",
    ],
    [
      err("42501", "permission denied for view pg_stat_database"),
      "privilege",
      'permission denied for view pg_stat_database (grant pg_monitor to "logstag")',
    ],
    [
      err("57014", "canceling statement due to statement timeout"),
      "timeout",
      "statement cancelled by timeout: canceling statement due to statement timeout",
    ],
    [
      err("42P01", 'relation "x" does not exist'),
      "query",
      'relation "x" does not exist (SQLSTATE 42P01)',
    ],
    [new TypeError("x is undefined"), "internal", "x is undefined"],
  ])("%s → %s", (error, kind, message) => {
    expect(describePostgresError(error, c)).toEqual({ kind, message });
  });
});
