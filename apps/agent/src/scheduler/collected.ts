import type { Payload } from "@logstag/protocol";

/**
 * A payload before the backend has named the agent and target: the shipper adds
 * agentId and targetId (from registration) when it sends.
 */
export interface CollectedPayload {
  target: string;
  payload: Omit<Payload, "agentId" | "targetId">;
}
