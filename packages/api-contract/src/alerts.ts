import { z } from "zod";
import { ALERT_CATEGORY_NAMES, ALERT_SEVERITIES } from "./alert-templates.ts";
import { defineRoute } from "./route.ts";

const isoTime = z.iso.datetime({ offset: true });
const ok = z.object({ ok: z.literal(true) });

export const ALERT_STATE_NAMES = ["inactive", "pending", "firing", "resolved", "no_data"] as const;
export type AlertStateName = (typeof ALERT_STATE_NAMES)[number];

export const alertSchema = z.object({
  id: z.uuid(),
  ruleId: z.uuid(),
  ruleName: z.string(),
  templateId: z.string(),
  category: z.enum(ALERT_CATEGORY_NAMES),
  assetKind: z.enum(["target", "agent"]),
  assetId: z.uuid(),
  assetName: z.string(),
  engine: z.string(),
  labels: z.record(z.string(), z.string()),
  state: z.enum(ALERT_STATE_NAMES),
  severity: z.enum(ALERT_SEVERITIES).nullable(),
  since: isoTime,
  value: z.number().nullable(),
  unit: z.string(),
  annotations: z.record(z.string(), z.string()),
  acknowledged: z
    .object({ by: z.string(), at: isoTime, comment: z.string().nullable() })
    .nullable(),
  silenced: z.boolean(),
  inhibited: z.boolean(),
  evaluatedAt: isoTime,
});
export type Alert = z.infer<typeof alertSchema>;

export const alertListQuerySchema = z
  .object({
    /** `active`: pending, firing and no data (the default); `all` adds resolved and inactive. */
    view: z.enum(["active", "all"]).default("active"),
    severity: z.enum(ALERT_SEVERITIES).optional(),
    engine: z.string().max(40).optional(),
    ruleId: z.uuid().optional(),
    assetId: z.uuid().optional(),
  })
  .strict();

export const alertEventSchema = z.object({
  at: isoTime,
  event: z.string(),
  state: z.string(),
  severity: z.string().nullable(),
  value: z.number().nullable(),
  actor: z.string().nullable(),
  comment: z.string().nullable(),
});

export const deliverySchema = z.object({
  id: z.uuid(),
  channelId: z.uuid(),
  channelName: z.string().nullable(),
  kind: z.string(),
  status: z.enum(["queued", "sent", "failed"]),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: isoTime,
  sentAt: isoTime.nullable(),
});
export type Delivery = z.infer<typeof deliverySchema>;

export const alertDetailSchema = alertSchema.extend({
  events: z.array(alertEventSchema),
  deliveries: z.array(deliverySchema),
  /** The explorer to open for this alert, as an app path. */
  explorePath: z.string().nullable(),
});
export type AlertDetail = z.infer<typeof alertDetailSchema>;

export const alertSignalSchema = z.object({
  unit: z.string(),
  points: z.array(z.tuple([z.number(), z.number().nullable()])),
  thresholds: z.array(z.object({ severity: z.enum(ALERT_SEVERITIES), value: z.number() })),
});
export type AlertSignal = z.infer<typeof alertSignalSchema>;

export const alertParamsSchema = z.object({ alertId: z.uuid() });

export const silenceMatchersSchema = z
  .object({
    ruleId: z.uuid().optional(),
    assetId: z.uuid().optional(),
    engine: z.string().max(40).optional(),
    severity: z.enum(ALERT_SEVERITIES).optional(),
    labels: z.record(z.string().max(64), z.string().max(200)).optional(),
  })
  .strict()
  .refine((m) => Object.keys(m).length > 0, { message: "a silence needs at least one matcher" });

export const silenceSchema = z.object({
  id: z.uuid(),
  matchers: silenceMatchersSchema,
  startsAt: isoTime,
  endsAt: isoTime,
  reason: z.string(),
  createdBy: z.string(),
  createdAt: isoTime,
  active: z.boolean(),
});
export type Silence = z.infer<typeof silenceSchema>;

export const createSilenceSchema = z
  .object({
    matchers: silenceMatchersSchema,
    startsAt: isoTime.optional(),
    endsAt: isoTime,
    reason: z.string().trim().min(1).max(500),
  })
  .strict();

export const alertRoutes = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/alerts",
    summary:
      "Alerts (pending, firing, no data by default), filtered by severity, engine, rule, asset.",
    access: "user",
    capability: "alerts.read",
    query: alertListQuerySchema,
    response: z.object({ alerts: z.array(alertSchema) }),
  }),
  get: defineRoute({
    method: "GET",
    path: "/api/v1/alerts/:alertId",
    summary: "One alert with its timeline and its notifications.",
    access: "user",
    capability: "alerts.read",
    params: alertParamsSchema,
    response: alertDetailSchema,
  }),
  signal: defineRoute({
    method: "GET",
    path: "/api/v1/alerts/:alertId/signal",
    summary: "The alert's signal over the last hours, with its thresholds.",
    access: "user",
    capability: "alerts.read",
    params: alertParamsSchema,
    query: z.object({ hours: z.coerce.number().min(0.1).max(48).default(3) }).strict(),
    response: alertSignalSchema,
  }),
  acknowledge: defineRoute({
    method: "POST",
    path: "/api/v1/alerts/:alertId/acknowledge",
    summary: "Acknowledge an alert: no repeated notification until its state changes.",
    access: "user",
    capability: "alerts.operate",
    params: alertParamsSchema,
    body: z.object({ comment: z.string().trim().max(500).optional() }).strict(),
    response: alertSchema,
  }),
};

export const silenceRoutes = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/alert-silences",
    summary: "Silences, current and past.",
    access: "user",
    capability: "alerts.read",
    response: z.object({ silences: z.array(silenceSchema) }),
  }),
  create: defineRoute({
    method: "POST",
    path: "/api/v1/alert-silences",
    summary: "Silence the alerts that match, from now (or a start) until an end, with a reason.",
    access: "user",
    capability: "alerts.operate",
    body: createSilenceSchema,
    response: silenceSchema,
  }),
  expire: defineRoute({
    method: "DELETE",
    path: "/api/v1/alert-silences/:silenceId",
    summary: "End a silence now.",
    access: "user",
    capability: "alerts.operate",
    params: z.object({ silenceId: z.uuid() }),
    response: ok,
  }),
};
