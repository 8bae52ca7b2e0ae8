import type { AgentHealth } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import { agentHealthNotes } from "./agent-health.utils.ts";

const healthy: AgentHealth = {
  heartbeatAt: "2026-01-01T00:00:00.000Z",
  outdated: false,
  latestVersion: "0.1.0",
  spoolPayloads: 0,
  spoolBytes: 0,
  spoolOldestAt: null,
  droppedPayloads: 0,
  lastError: null,
  clockOffsetMs: 0,
};

describe("agentHealthNotes", () => {
  it("says nothing about a healthy agent or one without a heartbeat", () => {
    expect(agentHealthNotes(healthy)).toEqual([]);
    expect(agentHealthNotes(null)).toEqual([]);
  });

  it("does not call payloads that wait for the next send spooling, only ones that wait a minute", () => {
    const waiting = (oldestAt: string) =>
      agentHealthNotes({
        ...healthy,
        spoolPayloads: 3,
        spoolBytes: 4096,
        spoolOldestAt: oldestAt,
      }).map((n) => n.label);
    expect(waiting("2025-12-31T23:59:59.000Z")).toEqual([]);
    expect(waiting("2025-12-31T23:59:00.000Z")).toEqual(["spooling"]);
  });

  it("lists error, spool, losses, skew and version, most serious first", () => {
    const notes = agentHealthNotes({
      ...healthy,
      outdated: true,
      latestVersion: "0.3.0",
      spoolPayloads: 40,
      spoolBytes: 3 * 1024 * 1024,
      // The agent clock is 45 s behind: it sent the heartbeat at 23:59:15 its time.
      spoolOldestAt: "2025-12-31T23:54:15.000Z",
      droppedPayloads: 2,
      lastError: "backend unreachable",
      clockOffsetMs: -45_000,
    });
    expect(notes.map((n) => n.label)).toEqual([
      "error",
      "spooling",
      "data lost",
      "clock skew",
      "outdated",
    ]);
    expect(notes[1]?.detail).toBe(
      "40 payloads (3.0 MiB) wait on the agent's disk for the backend, the oldest for 5 min.",
    );
    expect(notes[3]?.detail).toBe(
      "The agent's clock is 45 s behind the backend's; enable NTP on its host.",
    );
  });
});
