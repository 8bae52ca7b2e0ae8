import { AGENT_API, type HeartbeatRequest, heartbeatResponseSchema } from "@logstag/protocol";
import type { Logger } from "../logger.ts";
import { AGENT_VERSION } from "../version.ts";
import type { BackendClient } from "./backend-client.ts";
import type { Shipper } from "./shipper.ts";

export const HEARTBEAT_INTERVAL_MS = 60_000;
/** How often to look for news worth an early heartbeat (new losses, a new or cleared error). */
const CHECK_MS = 5000;
/** A clock this far off makes charts and alerts misleading: worth a warning. */
const SKEW_WARN_MS = 30_000;

export interface Heartbeats {
  /** Agent clock minus backend clock from the last answer, roughly (half the round trip). */
  clockOffsetMs(): number | undefined;
  /** Stops the timer and sends one last heartbeat, so the backend sees the final figures. */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Tells the backend how the agent is doing (version, spool, losses, last error) right after
 * registration and then every minute. Failures are not retried: the next beat will do.
 */
export function startHeartbeats(options: {
  client: BackendClient;
  shipper: Shipper;
  logger: Logger;
  intervalMs?: number;
}): Heartbeats {
  const { client, shipper, logger } = options;
  const stopped = new AbortController();
  let offset: number | undefined;
  let warnedSkew = false;
  let warnedOutdated = false;
  let lastSentAt = 0;
  let reported = "";
  const news = () => {
    const s = shipper.stats();
    return `${s.droppedTotal}|${s.lastError === null}`;
  };

  async function beat(signal: AbortSignal = stopped.signal): Promise<void> {
    const reg = shipper.registration();
    if (!reg) return;
    const stats = shipper.stats();
    lastSentAt = Date.now();
    reported = news();
    const body: HeartbeatRequest = {
      agentId: reg.agentId,
      agentVersion: AGENT_VERSION,
      sentAt: new Date().toISOString(),
      spool: {
        payloads: stats.queued,
        bytes: stats.queuedBytes,
        oldestAt: stats.oldestQueuedAt ? new Date(stats.oldestQueuedAt).toISOString() : null,
      },
      droppedPayloads: stats.droppedTotal,
      lastError: stats.lastError?.slice(0, 2000) ?? null,
    };
    const sent = Date.now();
    const res = await client.post(AGENT_API.heartbeat, body, { gzip: false, signal });
    if (res.status !== 200) return;
    const parsed = heartbeatResponseSchema.safeParse(JSON.parse(res.body));
    if (!parsed.success) return;
    const received = Date.now();
    offset = Math.round((sent + received) / 2 - Date.parse(parsed.data.serverTime));
    if (Math.abs(offset) >= SKEW_WARN_MS && !warnedSkew) {
      warnedSkew = true;
      logger.warn(
        { clockOffsetMs: offset },
        `this host's clock is ${Math.round(offset / 1000)} s off the backend's; enable NTP`,
      );
    }
    if (parsed.data.backendVersion !== AGENT_VERSION && !warnedOutdated) {
      warnedOutdated = true;
      logger.info(
        { backendVersion: parsed.data.backendVersion, agentVersion: AGENT_VERSION },
        "the backend runs another version than this agent",
      );
    }
  }

  const run = () =>
    beat().catch((error: unknown) => logger.debug({ err: error }, "heartbeat not delivered"));
  let first: NodeJS.Timeout | undefined;
  // The first beat as soon as the shipper has registered.
  const waitForRegistration = () => {
    if (stopped.signal.aborted) return;
    if (shipper.registration()) void run();
    else first = setTimeout(waitForRegistration, 500);
  };
  waitForRegistration();
  const intervalMs = options.intervalMs ?? HEARTBEAT_INTERVAL_MS;
  const timer = setInterval(
    () => {
      if (Date.now() - lastSentAt >= intervalMs || news() !== reported) void run();
    },
    Math.min(CHECK_MS, intervalMs),
  );
  timer.unref();
  return {
    clockOffsetMs: () => offset,
    async stop(timeoutMs = 1000) {
      stopped.abort();
      clearTimeout(first);
      clearInterval(timer);
      await beat(AbortSignal.timeout(timeoutMs)).catch(() => {});
    },
  };
}
