import { diagnosticSchema, ENGINE_KINDS, TARGET_ROLES } from "@logstag/protocol";
import { z } from "zod";
import { defineRoute } from "./route.ts";

/**
 * up: fresh data, every collector works; degraded: reachable, but some collectors fail;
 * down: the agent cannot connect (or the server does not answer); stale: no fresh data.
 */
export const TARGET_STATUSES = ["up", "degraded", "down", "stale", "pending"] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

const isoTime = z.iso.datetime({ offset: true });

/** What the agent reported about itself in its last heartbeat; null before the first one. */
export const agentHealthSchema = z.object({
  heartbeatAt: isoTime,
  /** The agent is older than the backend; upgrade it. */
  outdated: z.boolean(),
  latestVersion: z.string(),
  /** Payloads waiting on the agent's disk: the backend was unreachable or refused them. */
  spoolPayloads: z.number().int(),
  spoolBytes: z.number(),
  spoolOldestAt: isoTime.nullable(),
  droppedPayloads: z.number(),
  lastError: z.string().nullable(),
  /** Agent clock minus backend clock; 0 below a second. */
  clockOffsetMs: z.number().int(),
});
export type AgentHealth = z.infer<typeof agentHealthSchema>;

export const agentSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  hostname: z.string(),
  version: z.string(),
  registeredAt: isoTime,
  lastSeenAt: isoTime.nullable(),
  health: agentHealthSchema.nullable().optional(),
});
export type AgentSummary = z.infer<typeof agentSummarySchema>;

/** A collector's diagnostic as the Assets page shows it. */
export const targetDiagnosticSchema = diagnosticSchema.extend({
  collector: z.string(),
  /** When the collector last reported it. */
  reportedAt: isoTime,
});
export type TargetDiagnostic = z.infer<typeof targetDiagnosticSchema>;

export const targetSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  engine: z.enum(ENGINE_KINDS),
  agentId: z.uuid(),
  agentName: z.string(),
  endpoint: z.string().nullable(),
  version: z.string().nullable(),
  role: z.enum(TARGET_ROLES).nullable(),
  startedAt: isoTime.nullable(),
  status: z.enum(TARGET_STATUSES),
  lastSeenAt: isoTime.nullable(),
  lastError: z.string().nullable(),
  /** Free-form tags people set (e.g. `production`); alert rules can be scoped by tag. */
  tags: z.array(z.string()),
  /** Missing privileges or settings the collectors reported, with the statement that fixes each. */
  diagnostics: z.array(targetDiagnosticSchema).optional(),
});
export type TargetSummary = z.infer<typeof targetSummarySchema>;

export const assetsResponseSchema = z.object({
  agents: z.array(agentSummarySchema),
  targets: z.array(targetSummarySchema),
});
export type AssetsResponse = z.infer<typeof assetsResponseSchema>;

export const targetParamsSchema = z.object({ targetId: z.uuid() });

export const MAX_TARGET_TAGS = 20;
export const targetTagSchema = z
  .string()
  .trim()
  .min(1, "a tag cannot be empty")
  .max(64, "a tag has at most 64 characters")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._:/-]*$/u, {
    message: "a tag starts with a letter or digit and holds letters, digits and . _ : / - only",
  });
/** The whole list of a target's tags; it replaces the saved one. Repeated tags count once. */
export const targetTagsInputSchema = z
  .object({
    tags: z
      .array(targetTagSchema)
      .max(MAX_TARGET_TAGS, `a target has at most ${MAX_TARGET_TAGS} tags`)
      .transform((tags) => [...new Set(tags)]),
  })
  .strict();
export type TargetTagsInput = z.infer<typeof targetTagsInputSchema>;

export const assetRoutes = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/assets",
    summary: "Agents and targets of the organization with their status.",
    access: "user",
    capability: "assets.read",
    response: assetsResponseSchema,
  }),
  target: defineRoute({
    method: "GET",
    path: "/api/v1/targets/:targetId",
    summary: "One target with its status.",
    access: "user",
    capability: "assets.read",
    params: targetParamsSchema,
    response: targetSummarySchema,
  }),
  setTags: defineRoute({
    method: "PUT",
    path: "/api/v1/targets/:targetId/tags",
    summary: "Replace a target's tags (alert rules can be scoped by tag).",
    access: "user",
    capability: "assets.manage",
    params: targetParamsSchema,
    body: targetTagsInputSchema,
    response: targetSummarySchema,
  }),
};
