import {
  AGENT_API,
  type RegisterAgentRequest,
  type RegisterAgentResponse,
} from "@logstag/protocol";
import type { Logger } from "../logger.ts";
import type { CollectedPayload } from "../scheduler/collected.ts";
import { type BackendClient, describeNetworkError } from "./backend-client.ts";
import { backoffDelay } from "./backoff.ts";
import { classifyResponse } from "./classify-response.ts";
import { MemoryQueue, type PayloadQueue } from "./payload-queue.ts";
import { registerAgent, SLOW_RETRY_MS, seconds } from "./register.ts";
import { sleep } from "./sleep.ts";
import { stampPayload } from "./stamp.ts";

/** Even a backend that says "retry now" gets a breather. */
const MIN_RETRY_MS = 250;

export interface ShipperOptions {
  client: BackendClient;
  registration: RegisterAgentRequest;
  logger: Logger;
  queue?: PayloadQueue;
  batchSize?: number;
  flushIntervalMs?: number;
}

export interface ShipperStats {
  registered: boolean;
  queued: number;
  queuedBytes: number;
  /** Payloads handed to the shipper since start. */
  enqueued: number;
  /** When the oldest waiting payload was queued (ms since the epoch). */
  oldestQueuedAt: number | undefined;
  sent: number;
  /** Delivery attempts that failed (network, 5xx, 429, 401, …). */
  failedRequests: number;
  /** Dropped because the buffer was full, the backend refused them, or their target is unknown. */
  dropped: number;
  /** Dropped by the spool over its lifetime (survives restarts); the backend is told. */
  droppedTotal: number;
  /** The current delivery problem; null once a batch got through. */
  lastError: string | null;
}

export interface Shipper {
  enqueue(item: CollectedPayload): void;
  /** The backend's answer to registration, once registered. */
  registration(): RegisterAgentResponse | undefined;
  stats(): ShipperStats;
  /** Sends what it can until `deadlineMs` from now, then gives up on the rest. */
  stop(deadlineMs: number): Promise<void>;
}

export function startShipper(options: ShipperOptions): Shipper {
  const { client, logger } = options;
  const queue: PayloadQueue = options.queue ?? new MemoryQueue();
  const batchSize = options.batchSize ?? 200;
  const flushIntervalMs = options.flushIntervalMs ?? 1000;
  const stopping = new AbortController();
  const giveUp = new AbortController();
  const stats = { registered: false, enqueued: 0, sent: 0, dropped: 0, failedRequests: 0 };
  let lastError: string | null = null;
  const fail = (message: string) => {
    stats.failedRequests++;
    lastError = message;
  };
  let wake: (() => void) | undefined;
  let registration: RegisterAgentResponse | undefined;
  /** Failed deliveries in a row, for the backoff. */
  let failures = 0;
  /** Halved after a 413 so an oversized batch is split rather than lost. */
  let batchLimit = batchSize;

  let lastOverflowLog = 0;
  const drop = (count: number, reason: string) => {
    stats.dropped += count;
    logger.warn({ dropped: count, droppedTotal: stats.dropped }, reason);
  };
  const overflow = (count: number) => {
    stats.dropped += count;
    if (Date.now() - lastOverflowLog < 60_000) return;
    lastOverflowLog = Date.now();
    logger.warn(
      { droppedTotal: stats.dropped, queued: queue.size },
      "payload buffer full while the backend is unreachable; dropping the oldest payloads",
    );
  };

  /** Sends one batch; "progress" when the queue moved, else how long to wait before retrying. */
  async function sendBatch(): Promise<"progress" | number> {
    const batch = await queue.peek(batchLimit);
    const reg = registration;
    if (batch.length === 0 || !reg) return "progress";
    const payloads = batch.flatMap((item) => stampPayload(item, reg) ?? []);
    if (payloads.length < batch.length) {
      drop(
        batch.length - payloads.length,
        "payloads for targets the backend did not register were dropped",
      );
    }
    if (payloads.length === 0) {
      await queue.ack(batch);
      return "progress";
    }
    const res = await client.post(
      AGENT_API.ingest,
      { payloads },
      { gzip: true, signal: giveUp.signal },
    );
    const outcome = classifyResponse(res.status, res.retryAfter);
    if (outcome.action === "sent") {
      await queue.ack(batch);
      stats.sent += payloads.length;
      lastError = null;
      batchLimit = batchSize;
      failures = 0;
      return "progress";
    }
    if (outcome.action !== "drop" || !outcome.tooLarge || batch.length === 1) {
      fail(`backend answered HTTP ${res.status} to ingestion`);
    }
    if (outcome.action === "drop" && outcome.tooLarge && batch.length > 1) {
      batchLimit = Math.max(1, Math.floor(batch.length / 2));
      return "progress";
    }
    if (outcome.action === "drop") {
      await queue.ack(batch);
      drop(
        payloads.length,
        `backend refused a batch (HTTP ${res.status}: ${res.body.slice(0, 300)}); dropped it`,
      );
      return "progress";
    }
    if (outcome.action === "retry") {
      return Math.max(MIN_RETRY_MS, outcome.afterMs ?? backoffDelay(failures++));
    }
    logger.error(
      { status: res.status },
      outcome.action === "rejected"
        ? "agent key rejected by the backend: check backend.api_key; payloads are kept and retried"
        : `backend answered HTTP ${res.status} to ingestion; check backend.url`,
    );
    return SLOW_RETRY_MS;
  }

  /** Sends batches until the queue is empty (undefined) or a retry must wait (ms). */
  async function drain(): Promise<number | undefined> {
    while (queue.size > 0 && !giveUp.signal.aborted) {
      try {
        const result = await sendBatch();
        if (result !== "progress") {
          queue.release?.();
          return result;
        }
      } catch (error) {
        queue.release?.();
        if (giveUp.signal.aborted) break;
        const waitMs = backoffDelay(failures++);
        fail(`backend unreachable at ${client.origin}: ${describeNetworkError(error)}`);
        logger.warn(
          `backend unreachable at ${client.origin} (${describeNetworkError(error)}); ${queue.size} payloads kept, retrying in ${seconds(waitMs)}`,
        );
        return waitMs;
      }
    }
    return undefined;
  }

  async function run(): Promise<void> {
    registration = await registerAgent(client, options.registration, logger, stopping.signal);
    if (!registration) return;
    stats.registered = true;
    logger.info(
      { agentId: registration.agentId },
      `registered with the backend at ${client.origin}`,
    );
    while (!giveUp.signal.aborted) {
      const waitMs = await drain();
      if (stopping.signal.aborted && queue.size === 0) return;
      if (waitMs !== undefined) {
        await sleep(waitMs, giveUp.signal);
      } else if (!stopping.signal.aborted) {
        await waitForWork();
      }
    }
  }

  function waitForWork(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, flushIntervalMs);
      wake = done;
    });
  }

  const running = run().catch((error) =>
    logger.error({ err: error }, "shipper stopped unexpectedly"),
  );

  return {
    enqueue(item) {
      stats.enqueued++;
      const dropped = queue.push(item);
      if (dropped > 0) overflow(dropped);
      if (queue.size >= batchSize) wake?.();
    },
    registration: () => registration,
    stats: () => ({
      ...stats,
      queued: queue.size,
      queuedBytes: queue.bytes,
      oldestQueuedAt: queue.oldestAt?.(),
      droppedTotal: queue.dropped ?? stats.dropped,
      lastError,
    }),
    async stop(deadlineMs) {
      stopping.abort();
      wake?.();
      const timer = setTimeout(() => giveUp.abort(), deadlineMs);
      await running;
      clearTimeout(timer);
      giveUp.abort();
      if (queue.size > 0 && queue.close)
        logger.info({ unsent: queue.size }, "payloads not yet delivered stay in the spool");
      else if (queue.size > 0)
        logger.warn({ unsent: queue.size }, "stopped with payloads not yet delivered");
    },
  };
}
