import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { payloadSchema } from "./payload.ts";
import { parseSnapshotRows, SNAPSHOT_KINDS } from "./snapshots.ts";

const payload = (data: unknown, engine = "postgres") => ({
  payloadId: randomUUID(),
  agentId: randomUUID(),
  targetId: randomUUID(),
  engine,
  collector: "roles",
  group: "low",
  collectedAt: new Date().toISOString(),
  durationMs: 1,
  status: "ok",
  data,
});

const role = {
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
};

describe("snapshots in payloads", () => {
  it("accepts rows matching their kind, with diagnostics", () => {
    const parsed = payloadSchema.parse(
      payload({
        metrics: [],
        snapshot: { kind: "postgres.roles", rows: [role] },
        diagnostics: [{ code: "pg_read_all_stats", missing: "m", impact: "i", fix: "f" }],
      }),
    );
    expect(parsed.data.snapshot).toEqual({
      kind: "postgres.roles",
      rows: [role],
      truncated: false,
    });
    expect(parseSnapshotRows("postgres.roles", parsed.data.snapshot?.rows)).toEqual([role]);
  });

  it("refuses rows of another shape, unknown kinds and another engine's kinds", () => {
    const bad = payloadSchema.safeParse(
      payload({ snapshot: { kind: "postgres.roles", rows: [{ ...role, rolpassword: "x" }] } }),
    );
    expect(bad.error?.issues[0]?.path).toEqual(["data", "snapshot", "rows", 0]);
    expect(
      payloadSchema.safeParse(payload({ snapshot: { kind: "postgres.nothing", rows: [] } }))
        .success,
    ).toBe(false);
    const other = payloadSchema.safeParse(
      payload({ snapshot: { kind: "postgres.roles", rows: [] } }, "redis"),
    );
    expect(other.error?.issues[0]?.message).toBe("postgres.roles is not a redis snapshot");
  });

  it("caps the rows of each kind", () => {
    const max = SNAPSHOT_KINDS["postgres.extensions"].maxRows;
    const rows = Array.from({ length: max + 1 }, (_, i) => ({
      name: `e${i}`,
      version: "1",
      schema: null,
    }));
    const result = payloadSchema.safeParse(
      payload({ snapshot: { kind: "postgres.extensions", rows } }),
    );
    expect(result.error?.issues[0]?.message).toBe(`postgres.extensions allows at most ${max} rows`);
  });
});
