import type { TargetStatus } from "@logstag/api-contract";

/** No payload for this long means the agent or its target went quiet (three high-frequency ticks and some slack). */
export const STALE_AFTER_MS = 90_000;

export function deriveTargetStatus(
  t: { last_seen_at: Date | null; last_status: string | null; degraded?: boolean },
  now: Date = new Date(),
): TargetStatus {
  if (!t.last_seen_at) return "pending";
  if (now.getTime() - t.last_seen_at.getTime() > STALE_AFTER_MS) return "stale";
  if (t.last_status === "error") return "down";
  return t.degraded ? "degraded" : "up";
}
