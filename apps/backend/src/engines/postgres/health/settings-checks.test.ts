import { describe, expect, it } from "vitest";
import { input, outcome, setting, snapshot } from "../../../health/input-fixture.ts";
import { POSTGRES_HEALTH_CHECKS as CHECKS } from "./index.ts";

const withSettings = (...rows: ReturnType<typeof setting>[]) =>
  input({ snapshots: { "postgres.settings": snapshot(rows) } });

// [check, bad settings, what the finding must quote, good settings]
const CASES: [string, [string, string, object?][], RegExp, [string, string, object?][]][] = [
  ["postgres.fsync_off", [["fsync", "off"]], /fsync = off/, [["fsync", "on"]]],
  [
    "postgres.full_page_writes_off",
    [["full_page_writes", "off"]],
    /full_page_writes = off/,
    [["full_page_writes", "on"]],
  ],
  [
    "postgres.synchronous_commit_off",
    [["synchronous_commit", "off"]],
    /synchronous_commit = off/,
    [["synchronous_commit", "on"]],
  ],
  [
    "postgres.archive_mode_off",
    [["archive_mode", "off"]],
    /archive_mode = off/,
    [["archive_mode", "on"]],
  ],
  [
    "postgres.password_encryption_md5",
    [["password_encryption", "md5"]],
    /password_encryption = md5/,
    [["password_encryption", "scram-sha-256"]],
  ],
  [
    "postgres.ssl_off",
    [
      ["ssl", "off"],
      ["listen_addresses", "*"],
    ],
    /ssl = off.*listen_addresses = '\*'/,
    [["ssl", "on"]],
  ],
  [
    "postgres.autovacuum_off",
    [
      ["autovacuum", "off"],
      ["track_counts", "on"],
    ],
    /autovacuum = off/,
    [
      ["autovacuum", "on"],
      ["track_counts", "on"],
    ],
  ],
  [
    "postgres.idle_in_transaction_timeout_unset",
    [["idle_in_transaction_session_timeout", "0", { unit: "ms" }]],
    /= 0/,
    [["idle_in_transaction_session_timeout", "600000", { unit: "ms" }]],
  ],
  [
    "postgres.shared_buffers_default",
    [["shared_buffers", "16384", { unit: "8kB" }]],
    /128\.0 MB/,
    [["shared_buffers", "524288", { unit: "8kB" }]],
  ],
  [
    "postgres.track_io_timing_off",
    [["track_io_timing", "off"]],
    /track_io_timing = off/,
    [["track_io_timing", "on"]],
  ],
  [
    "postgres.max_connections_high",
    [["max_connections", "5000"]],
    /max_connections = 5,000/,
    [["max_connections", "200"]],
  ],
  [
    "postgres.pending_restart",
    [["shared_buffers", "16384", { pendingRestart: true, unit: "8kB" }]],
    /shared_buffers/,
    [["shared_buffers", "16384", { unit: "8kB" }]],
  ],
  [
    "postgres.pg_stat_statements_missing",
    [["shared_preload_libraries", ""]],
    /not in shared_preload_libraries/,
    [["shared_preload_libraries", "pg_stat_statements"]],
  ],
];

const rows = (list: [string, string, object?][]) => list.map(([n, v, o]) => setting(n, v, o));

describe("PostgreSQL settings checks", () => {
  it.each(CASES)("%s fires on the bad value and quotes it", (id, bad, quote) => {
    const data = withSettings(...rows(bad));
    data.snapshots["postgres.extensions"] = snapshot([]);
    const result = outcome(CHECKS, id, data);
    expect(result.status).toBe("fail");
    if (result.status !== "fail") return;
    expect(`${result.summary} ${result.evidence.map((e) => e.value).join(" ")}`).toMatch(quote);
    expect(result.recommendation.length).toBeGreaterThan(20);
    expect(result.docsUrl).toMatch(/^https:\/\/www\.postgresql\.org\/docs\//);
  });

  it.each(CASES)("%s passes on a good value", (id, _bad, _quote, good) => {
    const data = withSettings(...rows(good));
    data.snapshots["postgres.extensions"] = snapshot([
      { name: "pg_stat_statements", version: "1.11", schema: "public" },
    ]);
    expect(outcome(CHECKS, id, data).status).toBe("pass");
  });

  it.each(CASES)("%s is not evaluated without a settings snapshot", (id) => {
    const result = outcome(CHECKS, id, input());
    expect(result).toMatchObject({
      status: "not_evaluated",
      reason: expect.stringMatching(/postgres.settings/),
    });
  });

  it("is not evaluated when the setting is hidden from the role, naming the grant", () => {
    const data = withSettings(setting("max_connections", "100"));
    data.diagnostics = [
      {
        collector: "settings",
        code: "pg_read_all_settings",
        missing: "membership in pg_monitor",
        impact: "hidden",
        fix: "GRANT pg_monitor TO nobody;",
      },
    ];
    expect(outcome(CHECKS, "postgres.pg_stat_statements_missing", data)).toMatchObject({
      status: "not_evaluated",
      fix: "GRANT pg_monitor TO nobody;",
    });
    expect(outcome(CHECKS, "postgres.fsync_off", data)).toMatchObject({
      status: "not_evaluated",
      reason: expect.stringMatching(/fsync is not in the settings snapshot/),
      fix: "GRANT pg_monitor TO nobody;",
    });
  });

  it("asks only for CREATE EXTENSION when the library is preloaded", () => {
    const data = withSettings(setting("shared_preload_libraries", "pg_stat_statements"));
    data.snapshots["postgres.extensions"] = snapshot([]);
    expect(outcome(CHECKS, "postgres.pg_stat_statements_missing", data)).toMatchObject({
      status: "fail",
      command: "CREATE EXTENSION pg_stat_statements;",
    });
  });
});

describe("PostgreSQL role checks", () => {
  const role = (name: string, o: object = {}) => ({
    name,
    superuser: false,
    inherit: true,
    createRole: false,
    createDb: false,
    canLogin: true,
    replication: false,
    bypassRls: false,
    connectionLimit: -1,
    validUntil: null,
    memberOf: [],
    ...o,
  });
  const withRoles = (...r: object[]) => input({ snapshots: { "postgres.roles": snapshot(r) } });

  it.each([
    [
      "postgres.superuser_logins",
      [role("postgres", { superuser: true }), role("deploy", { superuser: true })],
      /deploy/,
      [role("postgres", { superuser: true }), role("app", { validUntil: "2027-01-01T00:00:00Z" })],
    ],
    [
      "postgres.password_no_expiry",
      [role("app")],
      /app/,
      [
        role("app", { validUntil: "2027-01-01T00:00:00Z" }),
        role("pg_monitor", { canLogin: false }),
      ],
    ],
    [
      "postgres.privileged_roles",
      [role("etl", { bypassRls: true, validUntil: "2027-01-01T00:00:00Z" })],
      /etl \(BYPASSRLS\)/,
      [role("etl", { validUntil: "2027-01-01T00:00:00Z" })],
    ],
  ] as const)("%s fires with the role names and passes on a clean list", (id, bad, quote, good) => {
    const result = outcome(CHECKS, id, withRoles(...bad));
    expect(result).toMatchObject({ status: "fail", summary: expect.stringMatching(quote) });
    expect(outcome(CHECKS, id, withRoles(...good)).status).toBe("pass");
  });
});
