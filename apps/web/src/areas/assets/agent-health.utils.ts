import type { AgentHealth } from "@logstag/api-contract";

/** Clock differences from this size on make time series and alerts misleading. */
export const CLOCK_SKEW_WARN_MS = 30_000;

export interface HealthNote {
  label: string;
  color: string;
  detail: string;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** What needs an operator's attention about an agent, most serious first; empty when healthy. */
export function agentHealthNotes(health: AgentHealth | null | undefined): HealthNote[] {
  if (!health) return [];
  const notes: HealthNote[] = [];
  if (health.lastError) {
    notes.push({ label: "error", color: "red", detail: `Last error: ${health.lastError}` });
  }
  if (health.spoolPayloads > 0) {
    notes.push({
      label: "spooling",
      color: "orange",
      detail: `${health.spoolPayloads} payloads (${formatBytes(health.spoolBytes)}) wait on the agent's disk for the backend.`,
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
