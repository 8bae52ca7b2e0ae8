import type { EngineKind, IntervalGroup } from "@logstag/protocol";

export interface TargetConfig {
  name: string;
  engine: EngineKind;
  enabled: boolean;
  /** Collection interval of each group, after agent-wide and per-target overrides. */
  intervalsMs: Record<IntervalGroup, number>;
  collectorTimeoutMs: number;
  /** The engine's own settings, as its `configSchema` produced them (secrets resolved). */
  connection: unknown;
  /** `host:port/database`, never credentials. */
  endpoint: string;
}

export interface AgentConfig {
  /** The file the configuration came from, for messages. */
  file: string;
  agent: { name: string };
  backend: { url: string; apiKey: string };
  targets: TargetConfig[];
}

export const DEFAULT_COLLECTOR_TIMEOUT_MS = 5000;
