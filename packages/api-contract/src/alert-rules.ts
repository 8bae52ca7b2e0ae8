import { z } from "zod";
import { ALERT_CATEGORY_NAMES, ALERT_SEVERITIES, NO_DATA_POLICY_NAMES } from "./alert-templates.ts";
import { defineRoute } from "./route.ts";

const isoTime = z.iso.datetime({ offset: true });
const ok = z.object({ ok: z.literal(true) });

export const ruleScopeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("all") }).strict(),
  z.object({ kind: z.literal("targets"), targetIds: z.array(z.uuid()).min(1).max(1000) }).strict(),
  z.object({ kind: z.literal("tag"), tag: z.string().trim().min(1).max(100) }).strict(),
]);
export type RuleScope = z.infer<typeof ruleScopeSchema>;

export const paramValueSchema = z.union([z.number(), z.boolean(), z.string().max(200)]);
const paramValues = z.record(z.string().max(64), paramValueSchema);

export const ruleTimingSchema = z
  .object({
    forSeconds: z.number().int().min(0).max(86_400).optional(),
    keepFiringForSeconds: z.number().int().min(0).max(86_400).optional(),
    noData: z.enum(NO_DATA_POLICY_NAMES).optional(),
  })
  .strict();

export const ruleInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    templateId: z.string().min(1).max(100),
    params: paramValues.default({}),
    scope: ruleScopeSchema.default({ kind: "all" }),
    /** Template severity → the severity this rule raises, or "off". */
    severities: z
      .partialRecord(z.enum(ALERT_SEVERITIES), z.enum([...ALERT_SEVERITIES, "off"]))
      .default({}),
    /** Target id → parameter values for that target only. */
    overrides: z.record(z.uuid(), paramValues).default({}),
    timing: ruleTimingSchema.default({}),
    enabled: z.boolean().default(true),
  })
  .strict();
export type RuleInput = z.infer<typeof ruleInputSchema>;
export const ruleUpdateSchema = ruleInputSchema.omit({ templateId: true }).partial().strict();

export const alertRuleSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  templateId: z.string(),
  templateVersion: z.number().int(),
  templateName: z.string(),
  category: z.enum(ALERT_CATEGORY_NAMES),
  engines: z.array(z.string()),
  params: paramValues,
  scope: ruleScopeSchema,
  severities: z.record(z.string(), z.string()),
  overrides: z.record(z.string(), paramValues),
  timing: ruleTimingSchema,
  enabled: z.boolean(),
  createdAt: isoTime,
  updatedAt: isoTime,
  firing: z.number().int(),
  pending: z.number().int(),
});
export type AlertRule = z.infer<typeof alertRuleSchema>;

export const ruleParamsSchema = z.object({ ruleId: z.uuid() });

export const dryRunRequestSchema = z
  .object({
    rule: ruleInputSchema,
    /** How far back to replay, in hours. */
    hours: z.number().min(0.1).max(24).default(1),
  })
  .strict();
export const dryRunResponseSchema = z.object({
  from: isoTime,
  to: isoTime,
  stepSeconds: z.number(),
  assetsEvaluated: z.number().int(),
  episodes: z.array(
    z.object({
      assetId: z.uuid(),
      assetName: z.string(),
      labels: z.record(z.string(), z.string()),
      severity: z.enum(ALERT_SEVERITIES),
      firedAt: isoTime,
      resolvedAt: isoTime.nullable(),
      peakValue: z.number().nullable(),
    }),
  ),
});
export type DryRunResponse = z.infer<typeof dryRunResponseSchema>;

export const alertRuleRoutes = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/alert-rules",
    summary: "The organization's alert rules, with how many alerts each has pending and firing.",
    access: "user",
    capability: "alerts.read",
    response: z.object({ rules: z.array(alertRuleSchema) }),
  }),
  get: defineRoute({
    method: "GET",
    path: "/api/v1/alert-rules/:ruleId",
    summary: "One alert rule.",
    access: "user",
    capability: "alerts.read",
    params: ruleParamsSchema,
    response: alertRuleSchema,
  }),
  create: defineRoute({
    method: "POST",
    path: "/api/v1/alert-rules",
    summary: "Create a rule from a template: parameter values, scope, severity mapping, overrides.",
    access: "user",
    capability: "alert-rules.manage",
    body: ruleInputSchema,
    response: alertRuleSchema,
  }),
  update: defineRoute({
    method: "PATCH",
    path: "/api/v1/alert-rules/:ruleId",
    summary: "Change a rule (enable or disable it, its parameters, scope, severities, overrides).",
    access: "user",
    capability: "alert-rules.manage",
    params: ruleParamsSchema,
    body: ruleUpdateSchema,
    response: alertRuleSchema,
  }),
  remove: defineRoute({
    method: "DELETE",
    path: "/api/v1/alert-rules/:ruleId",
    summary: "Delete a rule and its alerts (their history stays in the audit log).",
    access: "user",
    capability: "alert-rules.manage",
    params: ruleParamsSchema,
    response: ok,
  }),
  dryRun: defineRoute({
    method: "POST",
    path: "/api/v1/alert-rules/dry-run",
    summary: "Replay a rule over the recent past: where and when it would have fired.",
    access: "user",
    capability: "alert-rules.manage",
    body: dryRunRequestSchema,
    response: dryRunResponseSchema,
  }),
};
