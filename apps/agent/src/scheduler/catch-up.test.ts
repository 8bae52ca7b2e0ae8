import type { CollectionError } from "@logstag/protocol";
import { expect, it } from "vitest";
import { catchUpTick } from "./catch-up.ts";
import type { CollectedPayload } from "./collected.ts";

function payload(error?: CollectionError): CollectedPayload {
  return {
    target: "db",
    payload: {
      payloadId: "p",
      engine: "postgres",
      collector: "settings",
      group: "low",
      collectedAt: new Date(0).toISOString(),
      durationMs: 1,
      ...(error ? { status: "error", error } : { status: "ok" }),
      data: { metrics: [] },
    },
  };
}

const refused: CollectionError = { kind: "connection", message: "connection refused" };

/** A low group (60 s) of a target whose fastest group ticks every 2 s, on a hand-driven clock. */
function setup(outcomes: (CollectionError | undefined)[]) {
  let clock = 0;
  const session = { connectedAt: Number.NEGATIVE_INFINITY };
  const runs: number[] = [];
  const tick = catchUpTick({
    run: async () => {
      runs.push(clock);
      clock += 1000; // each run takes a second
      return [payload(outcomes.shift())];
    },
    session,
    intervalMs: 60_000,
    checkMs: 2000,
    now: () => clock,
  });
  /** Ticks at the delays the loop would use, `count` times. */
  const advance = async (count: number) => {
    for (let i = 0; i < count; i++) {
      const started = clock;
      const delay = await tick();
      clock = Math.max(clock, started + delay);
    }
  };
  return { session, runs, advance };
}

it("runs a group that could not reach the target again once the target has connected", async () => {
  const s = setup([refused, undefined, undefined]);
  await s.advance(5); // the failed run at 0, then checks every 2 s while nothing connects
  expect(s.runs).toEqual([0]);
  s.session.connectedAt = 9000;
  await s.advance(1);
  expect(s.runs).toEqual([0, 10_000]);
  await s.advance(1); // back on its interval from the catch-up run
  expect(s.runs).toEqual([0, 10_000, 70_000]);
});

it("runs on its own interval when the target stays unreachable", async () => {
  const s = setup([refused, refused]);
  await s.advance(31);
  expect(s.runs).toEqual([0, 60_000]);
});

it("catches up once per failure, so a collector that always times out stays on its interval", async () => {
  const timeout: CollectionError = { kind: "timeout", message: "did not finish" };
  const s = setup([timeout, timeout, timeout]);
  s.session.connectedAt = 500; // a connection opened during the failed run does not count
  await s.advance(2);
  expect(s.runs).toEqual([0]);
  s.session.connectedAt = 3000;
  await s.advance(2);
  expect(s.runs).toEqual([0, 4000, 64_000]);
});

it("keeps its interval after a failure that is not about reaching the target", async () => {
  const s = setup([{ kind: "query", message: "relation does not exist" }, undefined]);
  s.session.connectedAt = 1;
  await s.advance(2);
  expect(s.runs).toEqual([0, 60_000]);
});
