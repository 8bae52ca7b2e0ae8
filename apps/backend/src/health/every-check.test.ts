import { ENGINE_KINDS } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import { ENGINE_BACKENDS } from "../engines/registry.ts";
import type { HealthCheck } from "./check-types.ts";
import { input } from "./input-fixture.ts";
import { runChecks } from "./run-checks.ts";

const byEngine = ENGINE_KINDS.flatMap((engine) => {
  const checks: readonly HealthCheck[] = ENGINE_BACKENDS[engine]?.healthChecks ?? [];
  return checks.map((check) => [engine, check] as const);
});

describe("every health check", () => {
  it.each(byEngine)("%s %s: never passes without data", (engine, check) => {
    const empty = input({ target: { name: "t", engine, version: null, role: null } });
    const run = runChecks([check], empty);
    expect(run.passed).toEqual([]);
    expect(run.notEvaluated[0]?.reason).toMatch(/\w/);
  });

  it("has a unique id prefixed by its engine family, a doc link and what it reads", () => {
    for (const [, check] of byEngine) {
      expect(check.id).toMatch(/^(postgres|redis)\.[a-z0-9_]+$/);
      expect(check.docsUrl).toMatch(/^https:\/\//);
      expect(check.reads.length).toBeGreaterThan(0);
      expect(check.why.length).toBeGreaterThan(30);
    }
    for (const engine of ENGINE_KINDS) {
      const ids = (ENGINE_BACKENDS[engine]?.healthChecks ?? []).map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("counts at least 25 PostgreSQL and 15 Redis checks", () => {
    expect(ENGINE_BACKENDS.postgres.healthChecks.length).toBeGreaterThanOrEqual(25);
    expect(ENGINE_BACKENDS.redis.healthChecks.length).toBeGreaterThanOrEqual(15);
  });
});
