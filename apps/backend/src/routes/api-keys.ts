import { API_ROUTES } from "@logstag/api-contract";
import type { FastifyInstance } from "fastify";
import { registerRoute } from "../http/register-route.ts";
import { createAgentKey } from "../services/agents/create-agent-key.ts";
import { createApiKey } from "../services/api-keys/create-api-key.ts";
import { listAgentKeys } from "../services/api-keys/list-agent-keys.ts";
import { listApiKeys } from "../services/api-keys/list-api-keys.ts";
import { revokeAgentKey } from "../services/api-keys/revoke-agent-key.ts";
import { revokeApiKey } from "../services/api-keys/revoke-api-key.ts";
import type { RouteDeps } from "./route-deps.ts";

const ok = { ok: true as const };

/** User API keys (lsu_…) and agent keys (lsa_…). */
export function apiKeyRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  const { apiKeys, agentKeys } = API_ROUTES;
  registerRoute(app, db, apiKeys.list, ({ ctx }) => listApiKeys({ ctx }));
  registerRoute(app, db, apiKeys.create, ({ ctx, body }) => createApiKey({ ctx, input: body }));
  registerRoute(app, db, apiKeys.revoke, async ({ ctx, params }) => {
    await revokeApiKey({ ctx, input: params });
    return ok;
  });

  registerRoute(app, db, agentKeys.list, ({ ctx }) => listAgentKeys({ ctx }));
  registerRoute(app, db, agentKeys.create, async ({ ctx, body }) => {
    const { agentKey, secret } = await createAgentKey({ ctx, input: body });
    return { agentKey, secret };
  });
  registerRoute(app, db, agentKeys.revoke, async ({ ctx, params }) => {
    await revokeAgentKey({ ctx, input: params });
    return ok;
  });
}
