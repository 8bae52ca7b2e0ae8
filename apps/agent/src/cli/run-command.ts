import { startAgent } from "../agent.ts";
import type { AgentConfig } from "../config/agent-config.ts";
import type { Logger } from "../logger.ts";
import { EXIT } from "./io.ts";

/** Runs until SIGINT or SIGTERM, then stops cleanly; a second signal exits at once. */
export function runCommand(config: AgentConfig, logger: Logger): Promise<number> {
  const agent = startAgent(config, { logger });
  return new Promise((resolve) => {
    let stopping = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        logger.warn(`${signal} again; exiting without waiting`);
        process.exit(EXIT.failed);
      }
      stopping = true;
      logger.info(`${signal} received; stopping`);
      agent.stop().then(() => {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
        resolve(EXIT.ok);
      });
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  });
}
