import { hostname } from "node:os";
import type { RegisterAgentRequest } from "@logstag/protocol";
import type { AgentConfig } from "./config/agent-config.ts";
import type { Logger } from "./logger.ts";
import { startScheduler } from "./scheduler/scheduler.ts";
import { createBackendClient } from "./shipper/backend-client.ts";
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
}

export interface RunningAgent {
  /** Stops collecting, sends what it can within the stop timeout, closes connections. */
  stop(): Promise<void>;
  stats(): ShipperStats;
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
  const shipper = startShipper({
    client: createBackendClient(config.backend),
    registration: registrationRequest(config),
    logger,
    ...(options.queue ? { queue: options.queue } : {}),
    ...(options.flushIntervalMs ? { flushIntervalMs: options.flushIntervalMs } : {}),
  });
  const scheduler = startScheduler({ targets: config.targets, emit: shipper.enqueue, logger });
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
        logger.info(shipper.stats(), "logstag-agent stopped");
      })();
      return stopping;
    },
    stats: shipper.stats,
  };
}
