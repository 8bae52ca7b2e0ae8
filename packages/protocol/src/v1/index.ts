export * from "./diagnostics.ts";
export * from "./engines/index.ts";
export * from "./engines.ts";
export * from "./fast-ingest.ts";
export * from "./heartbeat.ts";
export * from "./interval-groups.ts";
export * from "./metric-catalog.ts";
export * from "./metric-groups.ts";
export * from "./payload.ts";
export * from "./registration.ts";
export * from "./snapshots.ts";

/** Paths of the agent-facing API, relative to the backend's base URL. */
export const AGENT_API = {
  register: "/api/v1/agent/register",
  ingest: "/api/v1/agent/ingest",
  heartbeat: "/api/v1/agent/heartbeat",
} as const;

/** Header carrying the agent key: `Authorization: Bearer lsa_…`. */
export const AGENT_KEY_PREFIX = "lsa_";
