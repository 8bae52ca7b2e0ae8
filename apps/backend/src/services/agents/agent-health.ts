import type { AgentHealth } from "@logstag/api-contract";
import type { AgentRow } from "../../store/inventory.ts";
import { BACKEND_VERSION } from "../../version.ts";

/** Numeric parts of "1.2.3-beta"; missing parts count as 0. */
function versionParts(version: string): number[] {
  return (version.split(/[-+]/)[0] ?? "").split(".").map((p) => Number.parseInt(p, 10) || 0);
}

/** True when `version` is older than `latest` (major, minor, patch). */
export function isOlderVersion(version: string, latest: string): boolean {
  const a = versionParts(version);
  const b = versionParts(latest);
  for (let i = 0; i < Math.max(a.length, b.length, 3); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return false;
}

export function toAgentHealth(a: AgentRow, latest = BACKEND_VERSION): AgentHealth | null {
  if (!a.heartbeat_at) return null;
  return {
    heartbeatAt: a.heartbeat_at.toISOString(),
    outdated: isOlderVersion(a.version, latest),
    latestVersion: latest,
    spoolPayloads: a.spool_payloads ?? 0,
    spoolBytes: Number(a.spool_bytes ?? 0),
    spoolOldestAt: a.spool_oldest_at?.toISOString() ?? null,
    droppedPayloads: Number(a.dropped_payloads ?? 0),
    lastError: a.last_error,
    clockOffsetMs: a.clock_offset_ms ?? 0,
  };
}
