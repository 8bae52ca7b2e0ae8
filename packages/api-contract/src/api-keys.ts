import { z } from "zod";
import { API_KEY_SCOPES } from "./permissions.ts";
import { defineRoute } from "./route.ts";

const isoTime = z.iso.datetime({ offset: true });
const ok = z.object({ ok: z.literal(true) });

export const KEY_STATUSES = ["active", "expired", "revoked"] as const;
export type KeyStatus = (typeof KEY_STATUSES)[number];

export const apiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The first characters of the key, to recognise it; the rest is never shown again. */
  prefix: z.string(),
  scope: z.enum(API_KEY_SCOPES),
  createdAt: isoTime,
  expiresAt: isoTime.nullable(),
  lastUsedAt: isoTime.nullable(),
  revokedAt: isoTime.nullable(),
  status: z.enum(KEY_STATUSES),
});
export type ApiKey = z.infer<typeof apiKeySchema>;

const keyName = z.string().trim().min(1).max(100);

export const createApiKeyRequestSchema = z
  .object({
    name: keyName,
    scope: z.enum(API_KEY_SCOPES),
    expiresAt: isoTime.nullable().optional().describe("absent or null: the key does not expire"),
  })
  .strict();

export const createApiKeyResponseSchema = z.object({ apiKey: apiKeySchema, secret: z.string() });
export type CreateApiKeyResponse = z.infer<typeof createApiKeyResponseSchema>;

export const agentKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string().nullable(),
  createdAt: isoTime,
  lastUsedAt: isoTime.nullable(),
  revokedAt: isoTime.nullable(),
  status: z.enum(KEY_STATUSES),
});
export type AgentKey = z.infer<typeof agentKeySchema>;

export const createAgentKeyRequestSchema = z.object({ name: keyName }).strict();
export const createAgentKeyResponseSchema = z.object({
  agentKey: agentKeySchema,
  secret: z.string(),
});
export type CreateAgentKeyResponse = z.infer<typeof createAgentKeyResponseSchema>;

export const keyParamsSchema = z.object({ keyId: z.uuid() });

export const apiKeyRoutes = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/api-keys",
    summary: "The signed-in user's API keys in this organization.",
    access: "user",
    capability: "api-keys.manage",
    response: z.object({ apiKeys: z.array(apiKeySchema) }),
  }),
  create: defineRoute({
    method: "POST",
    path: "/api/v1/api-keys",
    summary:
      "Create a user API key (lsu_…), read or read-write, acting with the user's role; the secret is returned once.",
    access: "user",
    capability: "api-keys.manage",
    body: createApiKeyRequestSchema,
    response: createApiKeyResponseSchema,
  }),
  revoke: defineRoute({
    method: "DELETE",
    path: "/api/v1/api-keys/:keyId",
    summary: "Revoke one of the user's API keys; it stops working at once.",
    access: "user",
    capability: "api-keys.manage",
    params: keyParamsSchema,
    response: ok,
  }),
};

export const agentKeyRoutes = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/agent-keys",
    summary: "The organization's agent keys (ingest only).",
    access: "user",
    capability: "agent-keys.read",
    response: z.object({ agentKeys: z.array(agentKeySchema) }),
  }),
  create: defineRoute({
    method: "POST",
    path: "/api/v1/agent-keys",
    summary: "Create an agent key (lsa_…) that can only register agents and send data.",
    access: "user",
    capability: "agent-keys.manage",
    body: createAgentKeyRequestSchema,
    response: createAgentKeyResponseSchema,
  }),
  revoke: defineRoute({
    method: "DELETE",
    path: "/api/v1/agent-keys/:keyId",
    summary: "Revoke an agent key; agents using it are refused at once.",
    access: "user",
    capability: "agent-keys.manage",
    params: keyParamsSchema,
    response: ok,
  }),
};
