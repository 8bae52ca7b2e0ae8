import { afterEach, expect, it } from "vitest";
import type { EngineCollectors } from "../collectors/types.ts";
import type { TargetConfig } from "../config/agent-config.ts";
import { createLogger } from "../logger.ts";
import type { CollectedPayload } from "./collected.ts";
import { type Scheduler, startScheduler } from "./scheduler.ts";

const silent = createLogger({ level: "silent" });
let scheduler: Scheduler | undefined;
afterEach(() => scheduler?.stop());

function target(name: string, intervalMs: number): TargetConfig {
  return {
    name,
    engine: "postgres",
    enabled: true,
    intervalsMs: { high: intervalMs, medium: intervalMs, low: intervalMs, schema: intervalMs },
    collectorTimeoutMs: 150,
    connection: {},
    endpoint: "test",
  };
}

/** An engine whose "hang" collector never finishes and whose "fast" one answers at once. */
const engine: EngineCollectors = {
  configSchema: () => {
    throw new Error("not used");
  },
  endpoint: () => "test",
  connect: async () => ({ close: async () => {} }),
  describeError: (error) => ({ kind: "query", message: String(error) }),
  collectors: [
    { name: "hang", group: "high", collect: () => new Promise(() => {}) },
    {
      name: "fast",
      group: "medium",
      collect: async () => ({ metrics: [{ name: "postgres.uptime", value: 42 }] }),
    },
  ],
  readOnly: { isStatement: () => false, check: () => ["sends nothing"] },
};

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

it("keeps other groups on schedule while a collector hangs", async () => {
  const payloads: CollectedPayload[] = [];
  let release = () => {};
  const stuck = new Promise<never>((_, reject) => {
    release = () => reject(new Error("released"));
  });
  const hanging: EngineCollectors = {
    ...engine,
    collectors: engine.collectors.map((c) =>
      c.name === "hang" ? { ...c, collect: () => stuck } : c,
    ),
  };
  scheduler = startScheduler({
    // A timeout far longer than the test: the hanging run is still stuck when we look.
    targets: [{ ...target("a", 50), collectorTimeoutMs: 60_000 }],
    emit: (p) => payloads.push(p),
    logger: silent,
    engineFor: () => hanging,
  });
  const of = (collector: string) => payloads.filter((p) => p.payload.collector === collector);
  await until(() => of("fast").length >= 10);
  expect(of("hang")).toHaveLength(0);
  release();
});

it("turns a collector that hangs into timeout payloads", async () => {
  const payloads: CollectedPayload[] = [];
  scheduler = startScheduler({
    targets: [target("a", 50), { ...target("off", 50), enabled: false }],
    emit: (p) => payloads.push(p),
    logger: silent,
    engineFor: () => engine,
  });
  const of = (collector: string) => payloads.filter((p) => p.payload.collector === collector);
  await until(() => of("hang").length >= 3 && of("fast").length >= 3);
  await scheduler.stop();
  for (const { payload } of of("hang")) {
    expect(payload).toMatchObject({ status: "error", error: { kind: "timeout" }, group: "high" });
    expect(payload.error?.message).toBe(
      "collector hang did not finish within 150 ms (collector_timeout)",
    );
  }
  for (const { payload } of of("fast")) {
    expect(payload).toMatchObject({
      status: "ok",
      data: { metrics: [{ name: "postgres.uptime", value: 42 }] },
    });
  }
  expect(payloads.every((p) => p.target === "a")).toBe(true);
});

it("replaces a payload the backend would refuse by an internal error", async () => {
  const payloads: CollectedPayload[] = [];
  const bad: EngineCollectors = {
    ...engine,
    collectors: [
      {
        name: "bad",
        group: "high",
        collect: async () => ({ metrics: [{ name: "redis.memory", value: 1 }] }),
      },
    ],
  };
  scheduler = startScheduler({
    targets: [target("a", 1000)],
    emit: (p) => payloads.push(p),
    logger: silent,
    engineFor: () => bad,
  });
  await new Promise((r) => setTimeout(r, 300));
  expect(payloads[0]?.payload).toMatchObject({
    status: "error",
    error: {
      kind: "internal",
      message:
        "collector produced an invalid payload: metric redis.memory is not in the postgres catalog",
    },
  });
});
