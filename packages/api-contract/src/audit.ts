import { z } from "zod";
import { defineRoute } from "./route.ts";

/** Every action the audit log records. New kinds of change add theirs here. */
export const AUDIT_ACTIONS = [
  "user.signed_in",
  "user.sign_in_failed",
  "user.sign_in_throttled",
  "user.password_changed",
  "user.password_reset_link_created",
  "user.password_reset",
  "user.signed_out",
  "user.signed_out_everywhere",
  "user.switched_organization",
  "invitation.created",
  "invitation.revoked",
  "invitation.accepted",
  "invitation.accept_failed",
  "member.role_changed",
  "member.removed",
  "organization.created",
  "organization.ownership_transferred",
  "organization.settings_changed",
  "api_key.created",
  "api_key.revoked",
  "agent_key.created",
  "agent_key.revoked",
  "agent.registered",
  "target.created",
  "target.changed",
  "audit_log.exported",
  "alert_rule.created",
  "alert_rule.changed",
  "alert_rule.deleted",
  "alert.acknowledged",
  "silence.created",
  "silence.expired",
  "channel.created",
  "channel.changed",
  "channel.deleted",
  "channel.tested",
  "policy.created",
  "policy.changed",
  "policy.deleted",
  "health_finding.muted",
  "health_finding.unmuted",
  "report_schedule.created",
  "report_schedule.changed",
  "report_schedule.deleted",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_RESOURCE_TYPES = [
  "user",
  "member",
  "invitation",
  "organization",
  "api_key",
  "agent_key",
  "agent",
  "target",
  "audit_log",
  "alert_rule",
  "alert",
  "silence",
  "channel",
  "policy",
  "health_mute",
  "report_schedule",
] as const;
export type AuditResourceType = (typeof AUDIT_RESOURCE_TYPES)[number];

/** `anonymous`: someone not identified, e.g. a failed sign-in (the label holds the e-mail tried). */
export const AUDIT_ACTOR_KINDS = ["user", "api_key", "agent_key", "system", "anonymous"] as const;
export type AuditActorKind = (typeof AUDIT_ACTOR_KINDS)[number];

const isoTime = z.iso.datetime({ offset: true });

export const auditEntrySchema = z.object({
  id: z.string(),
  at: isoTime,
  actor: z.object({
    kind: z.enum(AUDIT_ACTOR_KINDS),
    /** The user, API key or agent key id. */
    id: z.string().nullable(),
    /** The person behind the actor (the key's owner for an API key). */
    userId: z.string().nullable(),
    label: z.string(),
  }),
  action: z.string(),
  resourceType: z.string(),
  resourceId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  sourceAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditFilterSchema = z
  .object({
    /** A user id (their own actions and their API keys'), or an API or agent key id. */
    actor: z.uuid().optional(),
    action: z.enum(AUDIT_ACTIONS).optional(),
    resourceType: z.enum(AUDIT_RESOURCE_TYPES).optional(),
    resourceId: z.string().trim().min(1).max(200).optional(),
    from: isoTime.optional(),
    to: isoTime.optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const AUDIT_PAGE_MAX = 200;

export const auditListQuerySchema = auditFilterSchema
  .extend({
    /** From `nextCursor` of the previous page. */
    cursor: z
      .string()
      .regex(/^[0-9]{1,19}$/, "not a cursor from this API")
      .optional(),
    limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
  })
  .strict();

export const auditListResponseSchema = z.object({
  entries: z.array(auditEntrySchema),
  nextCursor: z.string().nullable(),
});
export type AuditListResponse = z.infer<typeof auditListResponseSchema>;

export const auditRoutes = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/audit-log",
    summary:
      "The organization's audit log, newest first; filter by actor, action, resource and time.",
    access: "user",
    capability: "audit.read",
    query: auditListQuerySchema,
    response: auditListResponseSchema,
  }),
  export: defineRoute({
    method: "GET",
    path: "/api/v1/audit-log/export",
    summary: "The filtered audit log as CSV (up to 100,000 records, newest first).",
    access: "user",
    capability: "audit.read",
    query: auditFilterSchema,
    response: z.string().describe("text/csv"),
    responseType: "csv",
  }),
};
