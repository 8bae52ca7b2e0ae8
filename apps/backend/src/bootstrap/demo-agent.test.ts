import { parseConfig } from "@logstag/agent";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { renderDemoConfig } from "./demo-agent.ts";

const secrets = { agentKey: "lsa_demo_key", monitorPassword: "monitor-pw" };
const base = { backendUrl: "http://127.0.0.1:8080", pgPort: 54321, redis: [] };

function parse(text: string) {
  return parseConfig(text, { file: "demo-agent.toml", env: {} });
}

describe("the demo agent config", () => {
  it("keeps the agent's default intervals when none is set", () => {
    const config = parse(renderDemoConfig(base, secrets));
    expect(config.targets[0]?.intervalsMs).toEqual({
      high: 10_000,
      medium: 60_000,
      low: 600_000,
      schema: 14_400_000,
    });
  });

  it("carries the LOGSTAG_DEMO_*_INTERVAL_SECONDS overrides to every target", () => {
    const { demoIntervals } = loadConfig({
      LOGSTAG_DEMO_SCHEMA_INTERVAL_SECONDS: "30",
      LOGSTAG_DEMO_MEDIUM_INTERVAL_SECONDS: "20",
    });
    expect(demoIntervals).toEqual({ medium: 20, schema: 30 });
    const redis = [{ engine: "redis" as const, port: 6380, password: "redis-pw" }];
    const config = parse(renderDemoConfig({ ...base, redis, intervals: demoIntervals }, secrets));
    for (const target of config.targets) {
      expect(target.intervalsMs).toEqual({
        high: 10_000,
        medium: 20_000,
        low: 600_000,
        schema: 30_000,
      });
    }
  });

  it.each(["0", "1.5", "5m", "86401"])("refuses the interval %j with the variable's name", (v) => {
    expect(() => loadConfig({ LOGSTAG_DEMO_SCHEMA_INTERVAL_SECONDS: v })).toThrow(
      /LOGSTAG_DEMO_SCHEMA_INTERVAL_SECONDS: expected a whole number of seconds between 1 and 86400/,
    );
  });
});
