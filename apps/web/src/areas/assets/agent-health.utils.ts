import type { AgentHealth } from "@logstag/api-contract";

/** Clock differences from this size on make time series and alerts misleading. */
export const CLOCK_SKEW_WARN_MS = 30_000;

/**
 * Payloads wait in the agent's queue between collection and the next send, a second or so; one
 * that has waited this long at heartbeat time means deliveries are failing or falling behind.
 */
export const SPOOL_WARN_AGE_MS = 60_000;

export interface HealthNote {
  label: string;
  color: string;
  detail: string;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function formatAge(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 120) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h`;
}

/**
 * How long the oldest waiting payload had waited when the agent last reported; 0 when none. Both
 * times are read on the agent's clock (the heartbeat's arrival plus the clock offset).
 */
function spoolWaitMs(health: AgentHealth): number {
  if (health.spoolPayloads === 0 || !health.spoolOldestAt) return 0;
  const sentAt = Date.parse(health.heartbeatAt) + health.clockOffsetMs;
  return sentAt - Date.parse(health.spoolOldestAt);
}

/** What needs an operator's attention about an agent, most serious first; empty when healthy. */
export function agentHealthNotes(health: AgentHealth | null | undefined): HealthNote[] {
  if (!health) return [];
  const notes: HealthNote[] = [];
  if (health.lastError) {
    notes.push({ label: "error", color: "red", detail: `Last error: ${health.lastError}` });
  }
  if (spoolWaitMs(health) >= SPOOL_WARN_AGE_MS) {
    notes.push({
      label: "spooling",
      color: "orange",
      detail: `${health.spoolPayloads} payloads (${formatBytes(health.spoolBytes)}) wait on the agent's disk for the backend, the oldest for ${formatAge(spoolWaitMs(health))}.`,
    });
  }
  if (health.droppedPayloads > 0) {
    notes.push({
      label: "data lost",
      color: "red",
      detail: `${health.droppedPayloads} payloads were dropped because the spool budget was full.`,
    });
  }
  if (Math.abs(health.clockOffsetMs) >= CLOCK_SKEW_WARN_MS) {
    const seconds = Math.round(health.clockOffsetMs / 1000);
    notes.push({
      label: "clock skew",
      color: "yellow",
      detail: `The agent's clock is ${Math.abs(seconds)} s ${seconds > 0 ? "ahead of" : "behind"} the backend's; enable NTP on its host.`,
    });
  }
  if (health.outdated) {
    notes.push({
      label: "outdated",
      color: "gray",
      detail: `Version ${health.latestVersion} is available; upgrade the agent.`,
    });
  }
  return notes;
}
