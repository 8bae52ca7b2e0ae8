import { randomUUID } from "node:crypto";
import type { PayloadInput } from "@logstag/protocol";

/** A valid postgres payload for the given agent and target; override any field to break it on purpose. */
export function makePayload(
  ids: { agentId: string; targetId: string },
  overrides: Partial<PayloadInput> = {},
): PayloadInput {
  return {
    payloadId: randomUUID(),
    agentId: ids.agentId,
    targetId: ids.targetId,
    engine: "postgres",
    collector: "instance",
    group: "high",
    collectedAt: new Date().toISOString(),
    durationMs: 3,
    status: "ok",
    data: {
      metrics: [
        { name: "postgres.connections", value: 3, labels: { state: "active" } },
        { name: "postgres.connections", value: 7, labels: { state: "idle" } },
        { name: "postgres.connections.max", value: 100 },
      ],
      inventory: {
        engineVersion: "18.4",
        role: "primary",
        startedAt: new Date(Date.now() - 3_600_000).toISOString(),
      },
    },
    ...overrides,
  };
}
