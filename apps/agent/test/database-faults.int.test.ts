import {
  type StartedPostgres,
  startDebianPostgres,
  startTestPostgres,
  type TestPostgres,
} from "@logstag/test-support";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { findEngine } from "../src/collectors/registry.ts";
import type { EngineCollectors, EngineSession } from "../src/collectors/types.ts";
import type { TargetConfig } from "../src/config/agent-config.ts";
import { createLogger } from "../src/logger.ts";
import type { CollectedPayload } from "../src/scheduler/collected.ts";
import { type Scheduler, startScheduler } from "../src/scheduler/scheduler.ts";
import { postgresTarget } from "./targets.ts";

// A monitored server that crashes, restarts and hangs, next to a healthy one, without
// restarting the agent: the faulty target reports the fault and recovers by itself.
let flaky: StartedPostgres;
let steady: TestPostgres;
let scheduler: Scheduler | undefined;
const payloads: CollectedPayload[] = [];
/** Connections of the agent to the flaky server that are open or being opened. */
let inFlight = 0;
let peakInFlight = 0;

beforeAll(async () => {
  [flaky, steady] = await Promise.all([startDebianPostgres({ major: 15 }), startTestPostgres()]);
});
afterAll(async () => {
  await scheduler?.stop();
  flaky?.resume();
  await Promise.all([flaky?.stop(), steady?.stop()]);
});

/** The real PostgreSQL engine, counting the connections it holds to the flaky server. */
function countingEngine(): EngineCollectors {
  const real = findEngine("postgres") as EngineCollectors;
  return {
    ...real,
    async connect(connection, options) {
      inFlight++;
      peakInFlight = Math.max(peakInFlight, inFlight);
      let session: EngineSession;
      try {
        session = await real.connect(connection, options);
      } catch (error) {
        inFlight--;
        throw error;
      }
      let closed = false;
      return Object.assign(Object.create(session) as EngineSession, {
        close: async () => {
          if (!closed) inFlight--;
          closed = true;
          await session.close();
        },
      });
    },
  };
}

const fast = (t: TargetConfig): TargetConfig => ({
  ...t,
  intervalsMs: { high: 500, medium: 1000, low: 60_000, schema: 60_000 },
  collectorTimeoutMs: 1000,
});

async function until(what: string, condition: () => boolean, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      const seen = payloads
        .slice(-30)
        .map(
          (p) =>
            `${p.target} ${p.payload.collector} ${p.payload.status} ${p.payload.error?.kind}: ${p.payload.error?.message}`,
        );
      throw new Error(`timed out waiting for ${what}\n${seen.join("\n")}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

const after = (mark: number, target: string) =>
  payloads.slice(mark).filter((p) => p.target === target && p.payload.collector === "instance");
const okAfter = (mark: number, target: string) =>
  after(mark, target).filter((p) => p.payload.status === "ok").length;

it("reports a crashed, restarted and hung server, keeps the other target's cadence, and reconnects by itself", async () => {
  const counting = countingEngine();
  scheduler = startScheduler({
    targets: [fast(postgresTarget("flaky", flaky)), fast(postgresTarget("steady", steady))],
    emit: (p) => payloads.push(p),
    logger: createLogger({ level: "silent" }),
    engineFor: (t) => (t.name === "flaky" ? counting : findEngine(t.engine)),
  });
  await until("first runs", () => okAfter(0, "flaky") >= 2 && okAfter(0, "steady") >= 2);

  // Power cut: the open session dies; the payloads say so with a connection error.
  await flaky.crash();
  let mark = payloads.length;
  await until("a connection error", () =>
    after(mark, "flaky").some((p) => p.payload.error?.kind === "connection"),
  );
  const steadyMark = payloads.length;
  await until("the healthy target to go on", () => okAfter(steadyMark, "steady") >= 4);
  expect(okAfter(steadyMark, "flaky")).toBe(0);

  // Back up: the agent reconnects without a restart.
  await flaky.start();
  mark = payloads.length;
  await until("recovery after restart", () => okAfter(mark, "flaky") >= 2);

  // Hung: every process of the server stopped. Failures are timeouts; no connection pile-up.
  flaky.pause();
  mark = payloads.length;
  await until("a timeout while hung", () =>
    after(mark, "flaky").some((p) => p.payload.error?.kind === "timeout"),
  );
  const hungMark = payloads.length;
  await until(
    "the healthy target to go on while the other hangs",
    () => okAfter(hungMark, "steady") >= 6,
  );
  expect(peakInFlight).toBeLessThanOrEqual(2);
  flaky.resume();
  mark = payloads.length;
  await until("recovery after the hang", () => okAfter(mark, "flaky") >= 2);
  await scheduler.stop();
  scheduler = undefined;

  // Once the agent stopped, no session of it is left on the server.
  const admin = new pg.Client({ connectionString: flaky.url });
  await admin.connect();
  let left = -1;
  for (let i = 0; i < 100 && left !== 0; i++) {
    const { rows } = await admin.query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where application_name = 'logstag-agent'",
    );
    left = rows[0]?.n ?? -1;
    if (left !== 0) await new Promise((r) => setTimeout(r, 200));
  }
  await admin.end();
  expect(left).toBe(0);
  expect(inFlight).toBe(0);
});
