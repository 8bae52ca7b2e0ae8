import { defineRoute } from "@logstag/api-contract";
import {
  AGENT_API,
  heartbeatRequestSchema,
  heartbeatResponseSchema,
  ingestBatchSchema,
  ingestResultSchema,
  registerAgentRequestSchema,
  registerAgentResponseSchema,
} from "@logstag/protocol";
import type { FastifyInstance } from "fastify";
import { registerRoute } from "../http/register-route.ts";
import { recordHeartbeat } from "../services/agents/record-heartbeat.ts";
import { registerAgent } from "../services/agents/register-agent.ts";
import { ingestBatch } from "../services/ingest/ingest-batch.ts";
import type { RouteDeps } from "./route-deps.ts";

export const AGENT_ROUTES = {
  register: defineRoute({
    method: "POST",
    path: AGENT_API.register,
    summary: "Register an agent and its targets; returns the ids its payloads carry.",
    access: "agent",
    body: registerAgentRequestSchema,
    response: registerAgentResponseSchema,
  }),
  ingest: defineRoute({
    method: "POST",
    path: AGENT_API.ingest,
    summary:
      "Store a batch of collector payloads (JSON, optionally gzip). Idempotent by payload id.",
    access: "agent",
    body: ingestBatchSchema,
    response: ingestResultSchema,
  }),
  heartbeat: defineRoute({
    method: "POST",
    path: AGENT_API.heartbeat,
    summary: "Report the agent's own health: version, spool, dropped payloads, last error, clock.",
    access: "agent",
    body: heartbeatRequestSchema,
    response: heartbeatResponseSchema,
  }),
};

export function agentRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  registerRoute(app, db, AGENT_ROUTES.register, ({ ctx, body }) =>
    registerAgent({ ctx, input: body }),
  );
  registerRoute(app, db, AGENT_ROUTES.ingest, ({ ctx, body }) => ingestBatch({ ctx, input: body }));
  registerRoute(app, db, AGENT_ROUTES.heartbeat, ({ ctx, body }) =>
    recordHeartbeat({ ctx, input: body }),
  );
}
