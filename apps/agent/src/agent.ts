import { hostname } from "node:os";
import type { RegisterAgentRequest } from "@logstag/protocol";
import type { AgentConfig } from "./config/agent-config.ts";
import type { Logger } from "./logger.ts";
import type { CollectedPayload } from "./scheduler/collected.ts";
import { startScheduler } from "./scheduler/scheduler.ts";
import { createBackendClient } from "./shipper/backend-client.ts";
import { type Heartbeats, startHeartbeats } from "./shipper/heartbeat.ts";
import type { PayloadQueue } from "./shipper/payload-queue.ts";
import { type ShipperStats, startShipper } from "./shipper/shipper.ts";
import { sleep } from "./shipper/sleep.ts";
import { AGENT_VERSION } from "./version.ts";

export interface StartAgentOptions {
  logger: Logger;
  /** How long stop() may take in total, collecting the last runs and flushing; default 5 s. */
  stopTimeoutMs?: number;
  /** Where payloads wait for the backend; bounded memory unless given. */
  queue?: PayloadQueue;
  flushIntervalMs?: number;
  heartbeatIntervalMs?: number;
  /** Sees every payload as it is collected (self-monitoring). */
  onPayload?: (payload: CollectedPayload) => void;
}

export interface RunningAgent {
  /** Stops collecting, sends what it can within the stop timeout, closes connections. */
  stop(): Promise<void>;
  stats(): ShipperStats;
  clockOffsetMs(): number | undefined;
}

export function registrationRequest(config: AgentConfig): RegisterAgentRequest {
  return {
    agentName: config.agent.name,
    hostname: hostname(),
    agentVersion: AGENT_VERSION,
    targets: config.targets
      .filter((t) => t.enabled)
      .map((t) => ({ name: t.name, engine: t.engine, endpoint: t.endpoint })),
  };
}

/** Registers with the backend, collects from every enabled target and ships the payloads. */
export function startAgent(config: AgentConfig, options: StartAgentOptions): RunningAgent {
  const { logger, stopTimeoutMs = 5000 } = options;
  if (config.backend.insecureHttp) {
    logger.warn(
      `backend.url is http:// to a remote host: the agent key and all data travel in clear text (allow_insecure_http = true)`,
    );
  }
  const client = createBackendClient(config.backend);
  const shipper = startShipper({
    client,
    registration: registrationRequest(config),
    logger,
    ...(options.queue ? { queue: options.queue } : {}),
    ...(options.flushIntervalMs ? { flushIntervalMs: options.flushIntervalMs } : {}),
  });
  const { onPayload } = options;
  const emit = onPayload
    ? (p: CollectedPayload) => {
        onPayload(p);
        shipper.enqueue(p);
      }
    : shipper.enqueue;
  const scheduler = startScheduler({ targets: config.targets, emit, logger });
  const heartbeats: Heartbeats = startHeartbeats({
    client,
    shipper,
    logger,
    ...(options.heartbeatIntervalMs ? { intervalMs: options.heartbeatIntervalMs } : {}),
  });
  logger.info(
    { agent: config.agent.name, version: AGENT_VERSION, targets: config.targets.length },
    `logstag-agent ${AGENT_VERSION} started`,
  );
  let stopping: Promise<void> | undefined;
  return {
    stop() {
      stopping ??= (async () => {
        const deadline = Date.now() + stopTimeoutMs;
        await Promise.race([scheduler.stop(), sleep(stopTimeoutMs / 2)]);
        await shipper.stop(Math.max(500, deadline - Date.now()));
        await heartbeats.stop(Math.max(200, Math.min(1000, deadline - Date.now())));
        logger.info(shipper.stats(), "logstag-agent stopped");
      })();
      return stopping;
    },
    stats: shipper.stats,
    clockOffsetMs: heartbeats.clockOffsetMs,
  };
}
