import type { Payload, RegisterAgentResponse } from "@logstag/protocol";
import type { CollectedPayload } from "../scheduler/collected.ts";

/** Adds the ids the backend assigned; undefined for a target the backend did not register. */
export function stampPayload(
  collected: CollectedPayload,
  registration: RegisterAgentResponse,
): Payload | undefined {
  const target = registration.targets.find((t) => t.name === collected.target);
  if (!target) return undefined;
  return { ...collected.payload, agentId: registration.agentId, targetId: target.targetId };
}
