import { randomUUID } from "node:crypto";
import { type Payload, payloadSchema } from "@logstag/protocol";
import type { TargetConfig } from "../src/config/agent-config.ts";
import { collectOnce } from "../src/scheduler/collect-once.ts";

/** Runs every collector once, stamps ids the way the shipper does and validates the wire schema. */
export async function collectPayloads(target: TargetConfig): Promise<Map<string, Payload>> {
  const payloads = await collectOnce(target);
  const ids = { agentId: randomUUID(), targetId: randomUUID() };
  return new Map(
    payloads.map(({ payload }) => [payload.collector, payloadSchema.parse({ ...payload, ...ids })]),
  );
}

export function metricValue(
  p: Payload | undefined,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  return p?.data.metrics.find(
    (m) => m.name === name && Object.entries(labels).every(([k, v]) => m.labels?.[k] === v),
  )?.value;
}
