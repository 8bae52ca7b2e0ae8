import { describe, expect, it } from "vitest";
import { deriveTargetStatus, STALE_AFTER_MS } from "./target-status.ts";

const now = new Date("2026-01-01T00:10:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("deriveTargetStatus", () => {
  it.each([
    ["never seen", { last_seen_at: null, last_status: null }, "pending"],
    ["fresh and fine", { last_seen_at: ago(5_000), last_status: "ok" }, "up"],
    ["fresh but unreachable", { last_seen_at: ago(5_000), last_status: "error" }, "down"],
    ["quiet too long", { last_seen_at: ago(STALE_AFTER_MS + 1), last_status: "ok" }, "stale"],
    [
      "quiet too long after an error",
      { last_seen_at: ago(STALE_AFTER_MS + 1), last_status: "error" },
      "stale",
    ],
    [
      "reachable, some collectors failing",
      { last_seen_at: ago(5_000), last_status: "ok", degraded: true },
      "degraded",
    ],
    [
      "unreachable wins over failing collectors",
      { last_seen_at: ago(5_000), last_status: "error", degraded: true },
      "down",
    ],
    ["exactly at the limit", { last_seen_at: ago(STALE_AFTER_MS), last_status: "ok" }, "up"],
  ] as const)("%s → %s", (_, row, expected) => {
    expect(deriveTargetStatus(row, now)).toBe(expected);
  });
});
