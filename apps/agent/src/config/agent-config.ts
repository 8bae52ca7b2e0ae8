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
  backend: {
    url: string;
    apiKey: string;
    /** http:// to a remote host, allowed by allow_insecure_http: warned about at start. */
    insecureHttp?: boolean;
  };
  /** Where payloads wait while the backend is unreachable; bounded by bytes and age. Always set by parseConfig. */
  spool?: { dir: string; maxBytes: number; maxAgeMs: number };
  /** The Prometheus endpoint, off unless configured. */
  metrics?: { listen?: { host: string; port: number } };
  targets: TargetConfig[];
}

export const DEFAULT_COLLECTOR_TIMEOUT_MS = 5000;
