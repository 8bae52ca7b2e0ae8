import type { CollectedPayload } from "./collected.ts";

/** Failures that say the target could not be reached, not that a collector is wrong. */
const UNREACHABLE = new Set(["connection", "timeout"]);

export interface CatchUpOptions {
  /** Runs the group once; its payloads say whether the target was reachable. */
  run: () => Promise<CollectedPayload[]>;
  /** The target's session: when it last connected. */
  session: { readonly connectedAt: number };
  intervalMs: number;
  /** How often to look whether the target is reachable again: its fastest interval. */
  checkMs: number;
  now?: () => number;
}

/**
 * The tick of a group loop that catches up after an outage. A group whose run could not reach
 * the target (every payload a connection failure or timeout) runs once more as soon as the
 * target has connected again, instead of a whole interval later: after a database restart, the
 * slow groups (settings, roles, sizes) report again within the target's fastest interval, and
 * the target does not look degraded by failures that are over. Only one such extra run per
 * failure, so a collector that always times out still runs once per interval (plus one).
 * Returns the delay until the next tick, from this tick's start.
 */
export function catchUpTick(options: CatchUpOptions): () => Promise<number> {
  const { run, session, intervalMs, checkMs, now = Date.now } = options;
  let lastRunAt = Number.NEGATIVE_INFINITY;
  /** End of the failed run to catch up on; a connection opened after it means reachable. */
  let missedAt: number | undefined;
  return async () => {
    const started = now();
    const dueIn = lastRunAt + intervalMs - started;
    const catchingUp = missedAt !== undefined && dueIn > 0;
    if (missedAt !== undefined && catchingUp && session.connectedAt <= missedAt) {
      return Math.min(checkMs, dueIn);
    }
    missedAt = undefined;
    lastRunAt = started;
    const payloads = await run();
    const unreachable =
      payloads.length > 0 && payloads.every((p) => UNREACHABLE.has(p.payload.error?.kind ?? ""));
    if (!unreachable || catchingUp || checkMs >= intervalMs) return intervalMs;
    missedAt = now();
    return checkMs;
  };
}
