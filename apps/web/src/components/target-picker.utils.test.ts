import type { TargetSummary } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import {
  isSupportedIn,
  pickDefaultTarget,
  targetOptions,
  unsupportedEngines,
} from "./target-picker.utils.ts";

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
      isSupportedIn("activity-explorer"),
    );
    expect(picked?.name).toBe("alpha");
  });

  it("finds nothing when no target is supported", () => {
    expect(
      pickDefaultTarget([target("cache", "mongodb")], isSupportedIn("activity-explorer")),
    ).toBeUndefined();
    expect(pickDefaultTarget([], isSupportedIn("activity-explorer"))).toBeUndefined();
  });
});

describe("targetOptions", () => {
  it("lists supported targets first and names the engine of the others", () => {
    const options = targetOptions(
      [target("cache", "mongodb"), target("b", "postgres"), target("a", "postgres")],
      isSupportedIn("activity-explorer"),
    );
    expect(options).toEqual([
      { value: "id-a", label: "a", disabled: false },
      { value: "id-b", label: "b", disabled: false },
      { value: "id-cache", label: "cache (MongoDB, not supported yet)", disabled: true },
    ]);
  });
});

describe("isSupportedIn", () => {
  it("asks the engine support record", () => {
    expect(isSupportedIn("query-explorer")(target("cache", "valkey"))).toBe(true);
    expect(isSupportedIn("query-explorer")(target("db", "postgres"))).toBe(true);
    expect(isSupportedIn("query-explorer")(target("legacy", "oracle"))).toBe(false);
  });
});

describe("unsupportedEngines", () => {
  it("names each engine an area cannot open once", () => {
    const targets = [target("a", "mysql"), target("b", "mysql"), target("c", "redis")];
    expect(unsupportedEngines(targets, isSupportedIn("query-explorer"))).toEqual(["mysql"]);
    expect(unsupportedEngines(targets.slice(2), isSupportedIn("database-explorer"))).toEqual([]);
  });
});
