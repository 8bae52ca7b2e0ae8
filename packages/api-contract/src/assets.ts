import { diagnosticSchema, ENGINE_KINDS, TARGET_ROLES } from "@logstag/protocol";
import { z } from "zod";
import { defineRoute } from "./route.ts";

/** up: fresh data and the last collection worked; down: the last collection failed; stale: no fresh data. */
export const TARGET_STATUSES = ["up", "down", "stale", "pending"] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

const isoTime = z.iso.datetime({ offset: true });

export const agentSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  hostname: z.string(),
  version: z.string(),
  registeredAt: isoTime,
  lastSeenAt: isoTime.nullable(),
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
};
