import { defineRoute } from "@logstag/api-contract";
import {
  AGENT_API,
  heartbeatRequestSchema,
  heartbeatResponseSchema,
  ingestBatchSchema,
  ingestResultSchema,
  parseIngestBatchFast,
  registerAgentRequestSchema,
  registerAgentResponseSchema,
} from "@logstag/protocol";
import type { FastifyInstance } from "fastify";
import { registerRoute } from "../http/register-route.ts";
import { KeyRateLimiter } from "../services/agents/key-rate-limiter.ts";
import { recordHeartbeat } from "../services/agents/record-heartbeat.ts";
import { registerAgent } from "../services/agents/register-agent.ts";
import type { Ctx } from "../services/context.ts";
import { ingestBatch, waitForIngestTurn } from "../services/ingest/ingest-batch.ts";
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

const REGISTER_BODY_LIMIT = 1024 * 1024;

export function agentRoutes(app: FastifyInstance, { db, config }: RouteDeps): void {
  const requests = new KeyRateLimiter(config.limits.agentKeyRequestsPerMinute);
  // Registrations are rare (an agent starting or reloading) and each may write audit records.
  const registrations = new KeyRateLimiter(
    config.limits.agentKeyRegistrationsPerMinute,
    "registrations a minute (LOGSTAG_AGENT_KEY_REGISTRATIONS_PER_MINUTE)",
  );
  const takeToken = async (ctx: Ctx, limiter = requests) => {
    if (ctx.actor.kind === "agent") limiter.take(ctx.actor.agentKeyId);
    return undefined;
  };
  registerRoute(
    app,
    db,
    AGENT_ROUTES.register,
    ({ ctx, body }) => registerAgent({ ctx, input: body, limits: config.limits }),
    {
      beforeBody: async (ctx) => {
        await takeToken(ctx);
        return takeToken(ctx, registrations);
      },
      bodyLimit: REGISTER_BODY_LIMIT,
    },
  );
  registerRoute(
    app,
    db,
    AGENT_ROUTES.ingest,
    ({ ctx, body }) => ingestBatch({ ctx, input: body, limits: config.limits }),
    {
      beforeBody: async (ctx) => {
        await takeToken(ctx);
        return waitForIngestTurn(ctx);
      },
      fastBody: parseIngestBatchFast,
    },
  );
  registerRoute(
    app,
    db,
    AGENT_ROUTES.heartbeat,
    ({ ctx, body }) => recordHeartbeat({ ctx, input: body }),
    {
      beforeBody: takeToken,
    },
  );
}
