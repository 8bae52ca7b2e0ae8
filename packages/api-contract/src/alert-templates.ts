import { z } from "zod";
import { defineRoute } from "./route.ts";

export const ALERT_SEVERITIES = ["critical", "warning", "info"] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];
export const ALERT_CATEGORY_NAMES = [
  "availability",
  "performance",
  "replication",
  "storage",
  "maintenance",
  "security",
  "capacity",
  "agent",
] as const;
export type AlertCategory = (typeof ALERT_CATEGORY_NAMES)[number];
export const NO_DATA_POLICY_NAMES = ["ok", "keep_last", "alert", "no_data"] as const;
export type NoDataPolicyName = (typeof NO_DATA_POLICY_NAMES)[number];

export const templateParamSchema = z.object({
  name: z.string(),
  type: z.enum(["number", "integer", "boolean", "duration", "enum"]),
  description: z.string(),
  unit: z.string().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** Durations in seconds. */
  default: z.union([z.number(), z.boolean(), z.string()]),
  values: z.array(z.string()).nullable(),
  overridable: z.boolean(),
});
export type TemplateParam = z.infer<typeof templateParamSchema>;

export const alertTemplateSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  summary: z.string(),
  category: z.enum(ALERT_CATEGORY_NAMES),
  engines: z.array(z.string()),
  scope: z.string(),
  unit: z.string(),
  params: z.array(templateParamSchema),
  severities: z.array(z.enum(ALERT_SEVERITIES)),
  signals: z.record(
    z.string(),
    z.object({ groupBy: z.array(z.string()), expressions: z.record(z.string(), z.string()) }),
  ),
  conditions: z.record(
    z.string(),
    z.object({
      when: z.string(),
      recoverBelow: z.string().nullable(),
      recoverAbove: z.string().nullable(),
    }),
  ),
  forSeconds: z.number(),
  keepFiringForSeconds: z.number(),
  noData: z.enum(NO_DATA_POLICY_NAMES),
  mutesAsset: z.boolean(),
  annotations: z.object({
    summary: z.string(),
    description: z.string(),
    runbook: z.string().nullable(),
  }),
});
export type AlertTemplateView = z.infer<typeof alertTemplateSchema>;

export const alertTemplateRoutes = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/alert-templates",
    summary: "The alert template library: every engine's templates and the agent's.",
    access: "user",
    capability: "alerts.read",
    response: z.object({ templates: z.array(alertTemplateSchema) }),
  }),
};
