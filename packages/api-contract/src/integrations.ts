import { z } from "zod";
import { ALERT_CATEGORY_NAMES, ALERT_SEVERITIES } from "./alert-templates.ts";
import { defineRoute } from "./route.ts";

const isoTime = z.iso.datetime({ offset: true });
const ok = z.object({ ok: z.literal(true) });
const httpsOrHttpUrl = z.url({ protocol: /^https?$/ }).max(2000);

/**
 * Each channel kind: settings shown back to the caller, and secrets that are encrypted at rest and
 * never returned. Jira Cloud adds its own entry here (and its sender in the backend registry).
 */
export const CHANNEL_KINDS = {
  slack: {
    label: "Slack",
    settings: z.object({ label: z.string().max(100).optional() }).strict(),
    secrets: z.object({ webhookUrl: httpsOrHttpUrl }).strict(),
  },
  webhook: {
    label: "Webhook",
    settings: z.object({ label: z.string().max(100).optional() }).strict(),
    secrets: z
      .object({
        url: httpsOrHttpUrl,
        /** Signs each body with HMAC-SHA256 (header X-Logstag-Signature). */
        signingSecret: z.string().min(16).max(200),
      })
      .strict(),
  },
  email: {
    label: "E-mail",
    settings: z
      .object({
        to: z.array(z.email()).min(1).max(50),
        from: z.email().optional(),
        /** Absent: the backend's LOGSTAG_SMTP_URL server. */
        host: z.string().max(255).optional(),
        port: z.number().int().min(1).max(65535).optional(),
        secure: z.boolean().optional(),
        user: z.string().max(255).optional(),
      })
      .strict(),
    secrets: z.object({ password: z.string().max(500).optional() }).strict(),
  },
} as const;
export type ChannelKind = keyof typeof CHANNEL_KINDS;
export const CHANNEL_KIND_NAMES = Object.keys(CHANNEL_KINDS) as ChannelKind[];

const channelName = z.string().trim().min(1).max(100);

export const createChannelSchema = z
  .object({
    name: channelName,
    kind: z.enum(CHANNEL_KIND_NAMES as [ChannelKind, ...ChannelKind[]]),
    settings: z.record(z.string(), z.unknown()).default({}),
    secrets: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
export const updateChannelSchema = z
  .object({
    name: channelName.optional(),
    settings: z.record(z.string(), z.unknown()).optional(),
    /** Only the secrets given are replaced. */
    secrets: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export const channelSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.string(),
  settings: z.record(z.string(), z.unknown()),
  /** Which secrets are set; their values never leave the backend. */
  secretsSet: z.array(z.string()),
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type Channel = z.infer<typeof channelSchema>;

export const policyInputSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    position: z.number().int().min(0).max(10_000).default(0),
    matchers: z
      .object({
        severities: z.array(z.enum(ALERT_SEVERITIES)).optional(),
        engines: z.array(z.string().max(40)).optional(),
        assetIds: z.array(z.uuid()).optional(),
        categories: z.array(z.enum(ALERT_CATEGORY_NAMES)).optional(),
      })
      .strict()
      .default({}),
    channelIds: z.array(z.uuid()).min(1).max(20),
    groupBy: z.enum(["rule", "rule_asset", "instance"]).default("rule"),
    groupWaitSeconds: z.number().int().min(0).max(3600).default(30),
    groupIntervalSeconds: z.number().int().min(0).max(86_400).default(300),
    repeatIntervalSeconds: z
      .number()
      .int()
      .min(60)
      .max(7 * 86_400)
      .default(4 * 3600),
    sendResolved: z.boolean().default(true),
    enabled: z.boolean().default(true),
  })
  .strict();
export const policyUpdateSchema = policyInputSchema.partial().strict();
export const policySchema = policyInputSchema.extend({
  id: z.uuid(),
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type Policy = z.infer<typeof policySchema>;

const channelParams = z.object({ channelId: z.uuid() });
const policyParams = z.object({ policyId: z.uuid() });

export const channelRoutes = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/notification-channels",
    summary: "Notification channels, without their secrets.",
    access: "user",
    capability: "integrations.read",
    response: z.object({ channels: z.array(channelSchema) }),
  }),
  create: defineRoute({
    method: "POST",
    path: "/api/v1/notification-channels",
    summary:
      "Create a channel (Slack, webhook, e-mail); its secrets are encrypted and never shown again.",
    access: "user",
    capability: "integrations.manage",
    body: createChannelSchema,
    response: channelSchema,
  }),
  update: defineRoute({
    method: "PATCH",
    path: "/api/v1/notification-channels/:channelId",
    summary: "Rename a channel, change its settings, or replace some of its secrets.",
    access: "user",
    capability: "integrations.manage",
    params: channelParams,
    body: updateChannelSchema,
    response: channelSchema,
  }),
  remove: defineRoute({
    method: "DELETE",
    path: "/api/v1/notification-channels/:channelId",
    summary: "Delete a channel; policies stop sending to it.",
    access: "user",
    capability: "integrations.manage",
    params: channelParams,
    response: ok,
  }),
  test: defineRoute({
    method: "POST",
    path: "/api/v1/notification-channels/:channelId/test",
    summary: "Send a test notification through the channel now.",
    access: "user",
    capability: "integrations.manage",
    params: channelParams,
    response: z.object({ delivered: z.boolean(), error: z.string().nullable() }),
  }),
};

export const policyRoutes = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/notification-policies",
    summary: "Notification policies: which alerts go to which channels, and how often.",
    access: "user",
    capability: "integrations.read",
    response: z.object({ policies: z.array(policySchema) }),
  }),
  create: defineRoute({
    method: "POST",
    path: "/api/v1/notification-policies",
    summary: "Create a policy routing alerts by severity, engine, asset and category to channels.",
    access: "user",
    capability: "integrations.manage",
    body: policyInputSchema,
    response: policySchema,
  }),
  update: defineRoute({
    method: "PATCH",
    path: "/api/v1/notification-policies/:policyId",
    summary: "Change a policy.",
    access: "user",
    capability: "integrations.manage",
    params: policyParams,
    body: policyUpdateSchema,
    response: policySchema,
  }),
  remove: defineRoute({
    method: "DELETE",
    path: "/api/v1/notification-policies/:policyId",
    summary: "Delete a policy.",
    access: "user",
    capability: "integrations.manage",
    params: policyParams,
    response: ok,
  }),
};
