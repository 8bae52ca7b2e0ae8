import { ENGINE_KINDS } from "@logstag/protocol";
import { z } from "zod";
import { parseDuration } from "../expression/parse-expression.ts";

export const ALERT_CATEGORIES = [
  "availability",
  "performance",
  "replication",
  "storage",
  "maintenance",
  "security",
  "capacity",
  "agent",
] as const;
export const ALERT_SCOPES = ["instance", "database", "table", "replica", "agent"] as const;
export const SEVERITIES = ["critical", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];
export const NO_DATA_POLICIES = ["ok", "keep_last", "alert", "no_data"] as const;
export type NoDataPolicy = (typeof NO_DATA_POLICIES)[number];
export const VALUE_UNITS = [
  "count",
  "percent",
  "bytes",
  "seconds",
  "per_second",
  "bytes_per_second",
  "ratio",
  "milliseconds",
  "state",
] as const;
/** Template engines: every engine kind, plus `agent` for templates about the agent itself. */
export const TEMPLATE_ENGINES = [...ENGINE_KINDS, "agent"] as const;
export type TemplateEngine = (typeof TEMPLATE_ENGINES)[number];

const duration = z
  .union([z.string(), z.number().nonnegative()])
  .refine((v) => typeof v === "number" || parseDuration(v) !== undefined, {
    message: "a duration such as 30s, 5m, 2h or 1d",
  })
  .transform((v) => (typeof v === "number" ? v : (parseDuration(v) as number)));
const expression = z.string().trim().min(1).max(1000);
const identifier = z.string().regex(/^[a-z][a-z0-9_]{0,40}$/, "lower_snake_case name");

const common = {
  description: z.string().min(1).max(500),
  unit: z.enum(VALUE_UNITS).optional(),
  overridable: z.boolean().default(true),
};
const paramSchema = z.discriminatedUnion("type", [
  z
    .object({
      type: z.enum(["number", "integer"]),
      ...common,
      min: z.number().optional(),
      max: z.number().optional(),
      default: z.number(),
    })
    .strict(),
  z.object({ type: z.literal("boolean"), ...common, default: z.boolean() }).strict(),
  z
    .object({
      type: z.literal("duration"),
      ...common,
      min: duration.optional(),
      max: duration.optional(),
      default: duration,
    })
    .strict(),
  z
    .object({
      type: z.literal("enum"),
      ...common,
      values: z.array(z.string().min(1)).min(2),
      default: z.string(),
    })
    .strict(),
]);
export type ParamSpec = z.infer<typeof paramSchema>;

const engineSignals = z
  .object({ group_by: z.array(z.string().min(1)).default([]), value: expression })
  .catchall(expression);

const conditionSchema = z
  .object({
    when: expression,
    recover_below: expression.optional(),
    recover_above: expression.optional(),
  })
  .strict()
  .refine((c) => !(c.recover_below && c.recover_above), {
    message: "use recover_below or recover_above, not both",
  });

export const templateSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{2,80}$/, "kebab-case id"),
    version: z.number().int().positive(),
    name: z.string().min(3).max(100),
    summary: z.string().min(10).max(500),
    category: z.enum(ALERT_CATEGORIES),
    engines: z.array(z.enum(TEMPLATE_ENGINES)).min(1),
    scope: z.enum(ALERT_SCOPES),
    unit: z.enum(VALUE_UNITS).default("count"),
    params: z.record(identifier, paramSchema).default({}),
    signals: z.partialRecord(z.enum(TEMPLATE_ENGINES), engineSignals),
    conditions: z
      .object({
        critical: conditionSchema.optional(),
        warning: conditionSchema.optional(),
        info: conditionSchema.optional(),
      })
      .strict()
      .refine((c) => Object.keys(c).length > 0, { message: "at least one severity" }),
    for: duration.default(0),
    keep_firing_for: duration.default(0),
    no_data: z.enum(NO_DATA_POLICIES).default("keep_last"),
    /** While an alert of this template fires, the asset's other alerts are muted (target down). */
    mutes_asset: z.boolean().default(false),
    annotations: z
      .object({
        summary: z.string().min(1).max(300),
        description: z.string().min(1).max(2000),
        runbook: z.string().max(4000).optional(),
      })
      .strict(),
  })
  .strict();
export type TemplateSpec = z.infer<typeof templateSchema>;
