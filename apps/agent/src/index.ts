export {
  type RunningAgent,
  registrationRequest,
  type StartAgentOptions,
  startAgent,
} from "./agent.ts";
export type { AgentConfig, TargetConfig } from "./config/agent-config.ts";
export { ConfigError, type ConfigProblem } from "./config/config-error.ts";
export { loadConfig } from "./config/load-config.ts";
export { type ParseConfigOptions, parseConfig } from "./config/parse-config.ts";
export { createLogger, type Logger } from "./logger.ts";
export type { PayloadQueue } from "./shipper/payload-queue.ts";
export type { ShipperStats } from "./shipper/shipper.ts";
export { AGENT_VERSION } from "./version.ts";
