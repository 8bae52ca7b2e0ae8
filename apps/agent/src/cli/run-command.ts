import { type RunningAgent, startAgent } from "../agent.ts";
import type { AgentConfig } from "../config/agent-config.ts";
import { ConfigError } from "../config/config-error.ts";
import { loadConfig } from "../config/load-config.ts";
import type { Logger } from "../logger.ts";
import type { AgentMetrics } from "../metrics/agent-metrics.ts";
import { openSpool } from "../shipper/open-spool.ts";
import { EXIT } from "./io.ts";

export interface RunOptions {
  configPath: string;
  env: Readonly<Record<string, string | undefined>>;
  logger: Logger;
}

/** Prometheus metrics only when [metrics] listen is set: prom-client is loaded only then. */
async function startMetrics(config: AgentConfig, agent: () => RunningAgent, logger: Logger) {
  const listen = config.metrics?.listen;
  if (!listen) return undefined;
  const { createAgentMetrics } = await import("../metrics/agent-metrics.ts");
  const { startMetricsServer } = await import("../metrics/metrics-server.ts");
  const metrics: AgentMetrics = createAgentMetrics(() => agent().stats());
  const server = await startMetricsServer(metrics.registry, listen);
  logger.info(`metrics at http://${listen.host}:${server.port}/metrics`);
  return { metrics, server };
}

/**
 * Runs until SIGINT or SIGTERM, then stops cleanly; a second signal exits at once. SIGHUP
 * reloads the configuration: a valid one replaces the running agent (the spool stays), an
 * invalid one is logged and the old configuration keeps running.
 */
export async function runCommand(config: AgentConfig, options: RunOptions): Promise<number> {
  const { logger } = options;
  const spool = await openSpool(config, logger);
  let current = config;
  let agent: RunningAgent | undefined;
  const monitoring = await startMetrics(config, () => agent as RunningAgent, logger);
  const start = (c: AgentConfig) =>
    startAgent(c, {
      logger,
      queue: spool,
      ...(monitoring ? { onPayload: monitoring.metrics.observe } : {}),
    });
  agent = start(config);
  let reloading: Promise<void> = Promise.resolve();

  const reload = async () => {
    let next: AgentConfig;
    try {
      next = await loadConfig(options.configPath, { env: options.env });
    } catch (error) {
      const why = error instanceof ConfigError ? error.message : String(error);
      logger.error(`configuration not reloaded, the previous one keeps running:\n${why}`);
      return;
    }
    if (JSON.stringify(next.spool) !== JSON.stringify(current.spool)) {
      logger.warn("spool settings change at the next restart of the agent");
    }
    if (JSON.stringify(next.metrics) !== JSON.stringify(current.metrics)) {
      logger.warn("metrics settings change at the next restart of the agent");
    }
    await agent?.stop();
    current = next;
    agent = start(next);
    logger.info({ targets: next.targets.length }, "configuration reloaded");
  };

  return new Promise((resolve) => {
    let stopping = false;
    const onHup = () => {
      if (stopping) return;
      logger.info("SIGHUP received; reloading the configuration");
      reloading = reloading.then(reload);
    };
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        logger.warn(`${signal} again; exiting without waiting`);
        process.exit(EXIT.failed);
      }
      stopping = true;
      logger.info(`${signal} received; stopping`);
      reloading
        .then(() => agent?.stop())
        .then(() => spool.close())
        .then(() => monitoring?.server.close())
        .catch((error: unknown) => logger.error({ err: error }, "error while stopping"))
        .finally(() => {
          process.off("SIGINT", onSignal);
          process.off("SIGTERM", onSignal);
          process.off("SIGHUP", onHup);
          resolve(EXIT.ok);
        });
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    process.on("SIGHUP", onHup);
  });
}
