import { INTERVAL_GROUPS } from "@logstag/protocol";
import { findEngine } from "../collectors/registry.ts";
import type { TargetConfig } from "../config/agent-config.ts";
import type { CollectedPayload } from "./collected.ts";
import { runGroup } from "./run-group.ts";
import { TargetSession } from "./target-session.ts";

/** Runs every collector of one target once, group by group, on one connection. */
export async function collectOnce(target: TargetConfig): Promise<CollectedPayload[]> {
  const engine = findEngine(target.engine);
  if (!engine) throw new Error(`no collectors for engine ${target.engine}`);
  const session = new TargetSession(engine, target);
  const payloads: CollectedPayload[] = [];
  try {
    for (const group of INTERVAL_GROUPS) {
      if (!engine.collectors.some((c) => c.group === group)) continue;
      payloads.push(...(await runGroup({ target, engine, session, group })));
    }
  } finally {
    await session.close();
  }
  return payloads;
}
