import { randomUUID } from "node:crypto";
import { payloadSchema } from "@logstag/protocol";
import { expect, it } from "vitest";
import { stampPayload } from "./stamp.ts";

it("adds agent and target ids from registration, or nothing for an unknown target", () => {
  const registration = { agentId: randomUUID(), targets: [{ name: "a", targetId: randomUUID() }] };
  const payload = {
    payloadId: randomUUID(),
    engine: "postgres" as const,
    collector: "instance",
    group: "high" as const,
    collectedAt: new Date().toISOString(),
    durationMs: 0,
    status: "error" as const,
    error: { kind: "connection" as const, message: "connection refused at db:5432" },
    data: { metrics: [] },
  };
  const stamped = stampPayload({ target: "a", payload }, registration);
  expect(payloadSchema.parse(stamped)).toMatchObject({
    agentId: registration.agentId,
    targetId: registration.targets[0]?.targetId,
  });
  expect(stampPayload({ target: "b", payload }, registration)).toBeUndefined();
});
