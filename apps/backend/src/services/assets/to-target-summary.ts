import type { TargetDiagnostic, TargetSummary } from "@logstag/api-contract";
import type { TargetRow } from "../../store/inventory.ts";
import { deriveTargetStatus } from "./target-status.ts";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toTargetSummary(
  t: TargetRow,
  now = new Date(),
  diagnostics: TargetDiagnostic[] = [],
): TargetSummary {
  return {
    id: t.id,
    name: t.name,
    engine: t.engine,
    agentId: t.agent_id,
    agentName: t.agent_name,
    endpoint: t.endpoint,
    version: t.version,
    role: t.role,
    startedAt: iso(t.started_at),
    status: deriveTargetStatus(t, now),
    lastSeenAt: iso(t.last_seen_at),
    lastError: t.last_error,
    tags: t.tags,
    diagnostics,
  };
}
