import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import {
  AGENT_API,
  type MetricSample,
  type Payload,
  type RegisterAgentResponse,
} from "@logstag/protocol";
import type { CollectedPayload } from "../apps/agent/src/scheduler/collected.ts";
import { stampPayload } from "../apps/agent/src/shipper/stamp.ts";

export const COUNTERS = [
  "xact_commit",
  "xact_rollback",
  "blks_read",
  "blks_hit",
  "tup_returned",
  "tup_fetched",
  "tup_inserted",
  "tup_updated",
  "tup_deleted",
  "temp_files",
  "temp_bytes",
  "deadlocks",
  "conflicts",
] as const;

export interface LoadShape {
  agents: number;
  targetsPerAgent: number;
  databasesPerTarget: number;
  payloadsPerBatch: number;
  totalPoints: number;
}

export const pointsPerPayload = (s: LoadShape) => s.databasesPerTarget * (COUNTERS.length + 1);

export interface SimulatedAgent {
  agentId: string;
  targetIds: string[];
  /** The backend's answer to registration, which the agent's shipper encodes payloads for. */
  registration: RegisterAgentResponse;
}

/** Registers N agents with M PostgreSQL targets each, the way real agents do. */
export async function registerAgents(
  url: string,
  key: string,
  shape: LoadShape,
): Promise<SimulatedAgent[]> {
  const agents: SimulatedAgent[] = [];
  for (let a = 0; a < shape.agents; a++) {
    const res = await fetch(url + AGENT_API.register, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
      body: JSON.stringify({
        agentName: `bench-agent-${a}`,
        hostname: `bench-host-${a}`,
        agentVersion: "0.1.0",
        targets: Array.from({ length: shape.targetsPerAgent }, (_, t) => ({
          name: `db-${a}-${t}`,
          engine: "postgres",
          endpoint: `10.0.${a}.${t}:5432/postgres`,
        })),
      }),
    });
    if (!res.ok) throw new Error(`register failed: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as RegisterAgentResponse;
    agents.push({
      agentId: body.agentId,
      targetIds: body.targets.map((t) => t.targetId),
      registration: body,
    });
  }
  return agents;
}

/** One database_stats run, as the collector hands it over: every counter plus numbackends per database. */
export function statsPayload(
  target: string,
  databases: number,
  tick: number,
  collectedAt: Date,
): CollectedPayload {
  const metrics: MetricSample[] = [];
  for (let d = 0; d < databases; d++) {
    const labels = { database: `app_${d}` };
    COUNTERS.forEach((name, c) => {
      metrics.push({
        name: `postgres.database.${name}`,
        value: (tick + 1) * (c + d + 1) * 97,
        labels,
      });
    });
    metrics.push({ name: "postgres.database.numbackends", value: (tick + d) % 40, labels });
  }
  return {
    target,
    payload: {
      payloadId: randomUUID(),
      engine: "postgres",
      collector: "database_stats",
      group: "medium",
      collectedAt: collectedAt.toISOString(),
      durationMs: 4,
      status: "ok",
      data: { metrics },
    },
  };
}

export interface Batch {
  agent: number;
  gzipped: Buffer;
  points: number;
  /** The same points as a binary COPY stream, for the raw COPY comparison. */
  copy: Buffer | undefined;
}

/** Every agent's batches for `ticks` collection rounds 10 s apart, the last one at `lastAt`. */
export function buildBatches(
  agents: SimulatedAgent[],
  shape: LoadShape,
  ticks: number,
  lastAt: number,
  encodeCopy?: (payloads: Payload[]) => Buffer,
): Batch[][] {
  const perPayload = pointsPerPayload(shape);
  return agents.map((agent, a) => {
    const payloads: Payload[] = [];
    for (let tick = 0; tick < ticks; tick++) {
      const at = new Date(lastAt - (ticks - 1 - tick) * 10_000);
      for (const { name } of agent.registration.targets) {
        const collected = statsPayload(name, shape.databasesPerTarget, tick, at);
        // The agent's shipper turns collected payloads into what it sends: the same step here.
        const stamped = stampPayload(collected, agent.registration);
        if (!stamped) throw new Error(`target ${name} was not registered`);
        payloads.push(stamped);
      }
    }
    const batches: Batch[] = [];
    for (let i = 0; i < payloads.length; i += shape.payloadsPerBatch) {
      const slice = payloads.slice(i, i + shape.payloadsPerBatch);
      batches.push({
        agent: a,
        gzipped: gzipSync(JSON.stringify({ payloads: slice })),
        points: slice.length * perPayload,
        copy: encodeCopy?.(slice),
      });
    }
    return batches;
  });
}

/** Collection rounds needed for `totalPoints` across every target. */
export const ticksFor = (shape: LoadShape) =>
  Math.ceil(shape.totalPoints / pointsPerPayload(shape) / (shape.agents * shape.targetsPerAgent));
