import { groupSamples, type Payload, type RegisterAgentResponse } from "@logstag/protocol";
import type { CollectedPayload } from "../scheduler/collected.ts";

/**
 * Adds the ids the backend assigned, and groups the samples by label set when the backend takes
 * that form (a fraction of the bytes, and of the backend's work per sample); undefined for a
 * target the backend did not register. The spool keeps payloads as collected and they are grouped
 * here, when sent: what an earlier version queued goes out like the rest.
 */
export function stampPayload(
  collected: CollectedPayload,
  registration: RegisterAgentResponse,
): Payload | undefined {
  const target = registration.targets.find((t) => t.name === collected.target);
  if (!target) return undefined;
  const ids = { agentId: registration.agentId, targetId: target.targetId };
  const { data } = collected.payload;
  if (!registration.acceptsMetricGroups || data.metrics.length === 0)
    return { ...collected.payload, ...ids };
  const metricGroups = [...(data.metricGroups ?? []), ...groupSamples(data.metrics)];
  return { ...collected.payload, ...ids, data: { ...data, metrics: [], metricGroups } };
}
