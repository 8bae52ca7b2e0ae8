import { describe, expect, it } from "vitest";
import type { AgentRow } from "../../store/inventory.ts";
import { isOlderVersion, toAgentHealth } from "./agent-health.ts";

describe("isOlderVersion", () => {
  it.each([
    ["0.1.0", "0.2.0", true],
    ["0.2.0", "0.2.0", false],
    ["1.0.0", "0.9.9", false],
    ["0.9", "0.9.1", true],
    ["0.2.0-beta.1", "0.2.0", false],
  ])("%s older than %s: %s", (version, latest, older) => {
    expect(isOlderVersion(version, latest)).toBe(older);
  });
});

describe("toAgentHealth", () => {
  const row: AgentRow = {
    id: "a",
    name: "edge",
    hostname: "h",
    version: "0.1.0",
    registered_at: new Date("2026-01-01T00:00:00Z"),
    last_seen_at: null,
    heartbeat_at: null,
    spool_payloads: null,
    spool_bytes: null,
    spool_oldest_at: null,
    dropped_payloads: null,
    last_error: null,
    clock_offset_ms: null,
  };

  it("is null before the first heartbeat", () => {
    expect(toAgentHealth(row, "0.1.0")).toBeNull();
  });

  it("reports spool, losses, skew and an outdated version", () => {
    const heartbeat = new Date("2026-01-01T00:01:00Z");
    expect(
      toAgentHealth(
        {
          ...row,
          heartbeat_at: heartbeat,
          spool_payloads: 12,
          spool_bytes: "4096",
          dropped_payloads: "3",
          last_error: "backend unreachable",
          clock_offset_ms: -90_000,
        },
        "0.2.0",
      ),
    ).toEqual({
      heartbeatAt: heartbeat.toISOString(),
      outdated: true,
      latestVersion: "0.2.0",
      spoolPayloads: 12,
      spoolBytes: 4096,
      spoolOldestAt: null,
      droppedPayloads: 3,
      lastError: "backend unreachable",
      clockOffsetMs: -90_000,
    });
  });
});
