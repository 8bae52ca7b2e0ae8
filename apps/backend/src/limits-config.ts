import { z } from "zod";

const count = (fallback: number) =>
  z.coerce.number().int().min(1).max(100_000_000).default(fallback);

/** What one organization, and one agent key, may create and send; read with the rest of the config. */
export const limitsEnvSchema = z.object({
  LOGSTAG_MAX_SERIES_PER_TARGET: count(20_000),
  LOGSTAG_MAX_SERIES_PER_ORG: count(500_000),
  LOGSTAG_MAX_TARGETS_PER_ORG: count(1_000),
  LOGSTAG_MAX_AGENTS_PER_ORG: count(500),
  /** Requests (ingest and registration) one agent key may send per minute, per backend process. */
  LOGSTAG_AGENT_KEY_REQUESTS_PER_MINUTE: count(3_000),
  /** Registrations one agent key may send per minute (each can write audit records), per process. */
  LOGSTAG_AGENT_KEY_REGISTRATIONS_PER_MINUTE: count(60),
  /** Statements of the backend's own connections are cancelled after this long. */
  LOGSTAG_STATEMENT_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(30),
  /** Most series one chart request may ask for (its metrics × their label sets). */
  LOGSTAG_MAX_SERIES_PER_QUERY: count(1_000),
});

export interface TenantLimits {
  seriesPerTarget: number;
  seriesPerOrg: number;
  targetsPerOrg: number;
  agentsPerOrg: number;
  agentKeyRequestsPerMinute: number;
  agentKeyRegistrationsPerMinute: number;
  seriesPerQuery: number;
}

export function toTenantLimits(e: z.infer<typeof limitsEnvSchema>): TenantLimits {
  return {
    seriesPerTarget: e.LOGSTAG_MAX_SERIES_PER_TARGET,
    seriesPerOrg: e.LOGSTAG_MAX_SERIES_PER_ORG,
    targetsPerOrg: e.LOGSTAG_MAX_TARGETS_PER_ORG,
    agentsPerOrg: e.LOGSTAG_MAX_AGENTS_PER_ORG,
    agentKeyRequestsPerMinute: e.LOGSTAG_AGENT_KEY_REQUESTS_PER_MINUTE,
    agentKeyRegistrationsPerMinute: e.LOGSTAG_AGENT_KEY_REGISTRATIONS_PER_MINUTE,
    seriesPerQuery: e.LOGSTAG_MAX_SERIES_PER_QUERY,
  };
}

export const DEFAULT_TENANT_LIMITS = toTenantLimits(limitsEnvSchema.parse({}));
