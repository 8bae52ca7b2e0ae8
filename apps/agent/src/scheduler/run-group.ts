import { randomUUID } from "node:crypto";
import {
  type CollectionError,
  type Diagnostic,
  type IntervalGroup,
  payloadSchema,
} from "@logstag/protocol";
import { MissingPrivilegeError } from "../collectors/missing-privilege.ts";
import type {
  Collector,
  CollectorResult,
  EngineCollectors,
  EngineSession,
} from "../collectors/types.ts";
import type { TargetConfig } from "../config/agent-config.ts";
import type { CollectedPayload } from "./collected.ts";
import type { TargetSession } from "./target-session.ts";
import { CollectorTimeoutError, withTimeout } from "./with-timeout.ts";

export interface GroupRun {
  target: TargetConfig;
  engine: EngineCollectors;
  session: TargetSession;
  group: IntervalGroup;
  /** Skips the collectors not started yet once aborted (the agent is stopping). */
  signal?: AbortSignal;
}

/** Ids the backend assigns at registration; checked here with placeholders. */
const PLACEHOLDER_ID = "00000000-0000-0000-0000-000000000000";

/** Runs the group's collectors one after another on the target's session: one payload each. */
export async function runGroup(run: GroupRun): Promise<CollectedPayload[]> {
  const collectors = run.engine.collectors.filter((c) => c.group === run.group);
  const payloads: CollectedPayload[] = [];
  const connectStart = new Date();
  let session: EngineSession;
  try {
    session = await run.session.get();
  } catch (error) {
    run.session.invalidate();
    const failure = describe(run, error, "connecting");
    const diagnostics = error instanceof MissingPrivilegeError ? [error.diagnostic] : [];
    return collectors.map((c) => build(run, c, connectStart, failure, diagnostics));
  }
  // Once the connection is dropped, the group's other collectors would only find it dead.
  let dropped: CollectionError | undefined;
  for (const collector of collectors) {
    if (run.signal?.aborted) break;
    if (dropped) {
      payloads.push(build(run, collector, new Date(), dropped));
      continue;
    }
    const outcome = await runCollector(run, collector, session);
    payloads.push(outcome.payload);
    dropped = outcome.dropped;
  }
  return payloads;
}

async function runCollector(
  run: GroupRun,
  collector: Collector<EngineSession>,
  session: EngineSession,
): Promise<{ payload: CollectedPayload; dropped?: CollectionError }> {
  const started = new Date();
  try {
    const limit = Math.max(run.target.collectorTimeoutMs, collector.timeoutMs ?? 0);
    const result = await withTimeout(collector.collect(session), limit);
    return { payload: build(run, collector, started, result) };
  } catch (error) {
    const failure = describe(run, error, `collector ${collector.name}`);
    const diagnostics = error instanceof MissingPrivilegeError ? [error.diagnostic] : [];
    const payload = build(run, collector, started, failure, diagnostics);
    // A broken or timed-out connection may be dead or still busy: the next tick opens a new one.
    const dead =
      failure.kind === "connection" ||
      error instanceof CollectorTimeoutError ||
      session.usable?.() === false;
    if (!dead) return { payload };
    run.session.invalidate();
    return { payload, dropped: failure };
  }
}

function describe(run: GroupRun, error: unknown, what: string): CollectionError {
  if (error instanceof CollectorTimeoutError) {
    return { kind: "timeout", message: `${what} ${error.message} (collector_timeout)` };
  }
  if (error instanceof MissingPrivilegeError) return { kind: "privilege", message: error.message };
  return run.engine.describeError(error, run.target.connection);
}

function build(
  run: GroupRun,
  collector: Collector<EngineSession>,
  started: Date,
  outcome: CollectorResult | CollectionError,
  diagnostics: Diagnostic[] = [],
): CollectedPayload {
  const base = {
    payloadId: randomUUID(),
    engine: run.target.engine,
    collector: collector.name,
    group: collector.group,
    collectedAt: started.toISOString(),
    durationMs: Math.max(0, Date.now() - started.getTime()),
  };
  const payload =
    "kind" in outcome
      ? {
          ...base,
          status: "error" as const,
          error: outcome,
          data: { metrics: [], ...(diagnostics.length ? { diagnostics } : {}) },
        }
      : { ...base, status: "ok" as const, data: outcome };
  // A payload the backend would refuse must not take a whole batch down with it.
  const check = payloadSchema.safeParse({
    ...payload,
    agentId: PLACEHOLDER_ID,
    targetId: PLACEHOLDER_ID,
  });
  if (check.success) return { target: run.target.name, payload };
  const message = `collector produced an invalid payload: ${check.error.issues[0]?.message ?? "unknown"}`;
  const error: CollectionError = { kind: "internal", message: message.slice(0, 2000) };
  return {
    target: run.target.name,
    payload: { ...base, status: "error", error, data: { metrics: [] } },
  };
}
