import { expect, it } from "vitest";
import type { EngineCollectors, EngineSession } from "../collectors/types.ts";
import type { TargetConfig } from "../config/agent-config.ts";
import { TargetSession } from "./target-session.ts";

const target: TargetConfig = {
  name: "t",
  engine: "postgres",
  enabled: true,
  intervalsMs: { high: 1000, medium: 5000, low: 60_000, schema: 60_000 },
  collectorTimeoutMs: 500,
  connection: {},
  endpoint: "t",
};

/** An engine whose server is down until `up` is set; counts connection attempts. */
function flakyEngine() {
  const state = { up: false, attempts: 0, alive: true };
  const engine: EngineCollectors = {
    configSchema: () => {
      throw new Error("not used");
    },
    endpoint: () => "t",
    async connect() {
      state.attempts++;
      if (!state.up)
        throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
      state.alive = true;
      const session: EngineSession = { close: async () => {}, usable: () => state.alive };
      return session;
    },
    describeError: () => ({ kind: "connection", message: "refused" }),
    collectors: [],
    readOnly: { isStatement: () => false, check: () => [] },
  };
  return { engine, state };
}

it("backs off between failed attempts, answers with the last failure meanwhile, and reconnects", async () => {
  let now = 0;
  const { engine, state } = flakyEngine();
  const session = new TargetSession(engine, target, () => now);
  await expect(session.get()).rejects.toThrow("ECONNREFUSED");
  // The first retry is not delayed: a restart between two ticks costs one tick.
  await expect(session.get()).rejects.toThrow("ECONNREFUSED");
  expect(state.attempts).toBe(2);
  // Within the backoff the last failure is returned without a new attempt.
  await expect(session.get()).rejects.toThrow("ECONNREFUSED");
  expect(state.attempts).toBe(2);
  expect(session.failures).toBe(2);
  // The delay never exceeds six of the target's fastest ticks.
  for (let i = 0; i < 20; i++) {
    now += 6000;
    await session.get().catch(() => {});
  }
  expect(state.attempts).toBe(22);
  state.up = true;
  now += 6000;
  const open = await session.get();
  expect(session.failures).toBe(0);
  expect(await session.get()).toBe(open);
  // A session that died between ticks is replaced before it is handed out again.
  state.alive = false;
  const reopened = await session.get();
  expect(reopened).not.toBe(open);
  expect(state.attempts).toBe(24);
  await session.close();
});
