import type { TargetSummary } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import { isPostgresTarget, pickDefaultTarget, targetOptions } from "./target-picker.utils.ts";

function target(name: string, engine: TargetSummary["engine"]): TargetSummary {
  return {
    id: `id-${name}`,
    name,
    engine,
    agentId: "00000000-0000-4000-8000-0000000000aa",
    agentName: "agent",
    endpoint: null,
    version: null,
    role: null,
    startedAt: null,
    status: "up",
    lastSeenAt: null,
    lastError: null,
  };
}

describe("pickDefaultTarget", () => {
  it("takes the first supported target by name", () => {
    const picked = pickDefaultTarget(
      [target("redis", "redis"), target("zeta", "postgres"), target("alpha", "postgres")],
      isPostgresTarget,
    );
    expect(picked?.name).toBe("alpha");
  });

  it("finds nothing when no target is supported", () => {
    expect(pickDefaultTarget([target("cache", "redis")], isPostgresTarget)).toBeUndefined();
    expect(pickDefaultTarget([], isPostgresTarget)).toBeUndefined();
  });
});

describe("targetOptions", () => {
  it("lists supported targets first and names the engine of the others", () => {
    const options = targetOptions(
      [target("cache", "redis"), target("b", "postgres"), target("a", "postgres")],
      isPostgresTarget,
    );
    expect(options).toEqual([
      { value: "id-a", label: "a", disabled: false },
      { value: "id-b", label: "b", disabled: false },
      { value: "id-cache", label: "cache (Redis, not supported yet)", disabled: true },
    ]);
  });
});
