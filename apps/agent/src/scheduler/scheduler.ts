import { INTERVAL_GROUPS } from "@logstag/protocol";
import { findEngine } from "../collectors/registry.ts";
import type { EngineCollectors } from "../collectors/types.ts";
import type { TargetConfig } from "../config/agent-config.ts";
import type { Logger } from "../logger.ts";
import { catchUpTick } from "./catch-up.ts";
import type { CollectedPayload } from "./collected.ts";
import { type Loop, startLoop } from "./group-loop.ts";
import { runGroup } from "./run-group.ts";
import { createStatusLog } from "./status-log.ts";
import { TargetSession } from "./target-session.ts";

export interface SchedulerOptions {
  targets: readonly TargetConfig[];
  emit: (payload: CollectedPayload) => void;
  logger: Logger;
  /** Where each target's collectors come from; the registry unless a test says otherwise. */
  engineFor?: (target: TargetConfig) => EngineCollectors | null;
}

export interface Scheduler {
  stop(): Promise<void>;
}

/**
 * Spreads first ticks so targets and groups do not all fire at the same instant. Groups of a
 * minute or more are staggered across up to 30 s by target: their first runs are the heaviest
 * (settings, roles, schemas) and, all at once, they set the agent's peak memory.
 */
export function firstDelay(intervalMs: number, index = 0, count = 1): number {
  const window =
    intervalMs >= 60_000 ? Math.min(intervalMs / 2, 30_000) : Math.min(intervalMs * 0.1, 2000);
  return Math.floor(((index + Math.random()) / count) * window);
}

/** One independent loop per enabled target and interval group that has collectors. */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const { logger, engineFor = (t) => findEngine(t.engine) } = options;
  const abort = new AbortController();
  const sessions: TargetSession[] = [];
  const loops: Loop[] = [];
  const logStatus = createStatusLog(logger);
  const enabled = options.targets.filter((t) => t.enabled);
  for (const [index, target] of enabled.entries()) {
    const engine = engineFor(target);
    if (!engine) throw new Error(`no collectors for engine ${target.engine}`);
    const session = new TargetSession(engine, target);
    sessions.push(session);
    const groups = INTERVAL_GROUPS.filter((g) => engine.collectors.some((c) => c.group === g));
    const fastestMs = Math.min(...groups.map((g) => target.intervalsMs[g]));
    for (const group of groups) {
      const intervalMs = target.intervalsMs[group];
      const run = async () => {
        const payloads = await runGroup({ target, engine, session, group, signal: abort.signal });
        for (const payload of payloads) {
          logStatus(payload);
          options.emit(payload);
        }
        return payloads;
      };
      const tick = catchUpTick({ run, session, intervalMs, checkMs: fastestMs });
      const onError = (error: unknown) =>
        logger.error({ target: target.name, group, err: error }, "collection loop failed");
      loops.push(
        startLoop({
          intervalMs,
          firstDelayMs: firstDelay(intervalMs, index, enabled.length),
          tick,
          onError,
        }),
      );
    }
    logger.info(
      { target: target.name, endpoint: target.endpoint },
      `collecting from ${target.name}`,
    );
  }
  return {
    async stop() {
      abort.abort();
      await Promise.all(loops.map((loop) => loop.stop()));
      await Promise.all(sessions.map((session) => session.close()));
    },
  };
}
