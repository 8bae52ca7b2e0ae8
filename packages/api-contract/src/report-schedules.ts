import { z } from "zod";
import { defineRoute } from "./route.ts";

const isoTime = z.iso.datetime({ offset: true });

export const SCHEDULE_FREQUENCIES = ["daily", "weekly"] as const;
export const SCHEDULE_ATTACHMENTS = ["pdf", "html", "json"] as const;

const scheduleFields = {
  name: z.string().trim().min(1).max(200),
  /** Empty: every target of the organization, also those added later. */
  targetIds: z.array(z.uuid()).max(500),
  frequency: z.enum(SCHEDULE_FREQUENCIES),
  /** Hour of the day (UTC) the reports are made and sent. */
  hourUtc: z.number().int().min(0).max(23),
  /** Weekly schedules: 0 = Sunday … 6 = Saturday. */
  weekday: z.number().int().min(0).max(6).nullable(),
  /** Who receives the reports by e-mail (none: the reports are only kept). */
  recipients: z.array(z.email()).max(50),
  attachments: z.array(z.enum(SCHEDULE_ATTACHMENTS)).max(3),
  enabled: z.boolean(),
};

export const reportScheduleSchema = z.object({
  id: z.uuid(),
  ...scheduleFields,
  createdAt: isoTime,
  createdBy: z.string(),
  lastRunAt: isoTime.nullable(),
  /** What the last run did, e.g. "3 reports, sent to 2 recipients" or the mail error. */
  lastResult: z.string().nullable(),
});
export type ReportSchedule = z.infer<typeof reportScheduleSchema>;

export const scheduleBodySchema = z
  .object(scheduleFields)
  .strict()
  .refine((s) => s.frequency === "daily" || s.weekday !== null, {
    message: "a weekly schedule needs a weekday",
    path: ["weekday"],
  });
export type ScheduleBody = z.infer<typeof scheduleBodySchema>;

export const scheduleListResponseSchema = z.object({
  schedules: z.array(reportScheduleSchema),
  /** Whether e-mail delivery is configured (LOGSTAG_SMTP_URL). */
  mailConfigured: z.boolean(),
});
export type ScheduleListResponse = z.infer<typeof scheduleListResponseSchema>;

export const scheduleParamsSchema = z.object({ scheduleId: z.uuid() });

export const reportScheduleRoutes = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/report-schedules",
    summary: "Schedules that make health reports and e-mail them.",
    access: "user",
    capability: "reports.read",
    response: scheduleListResponseSchema,
  }),
  create: defineRoute({
    method: "POST",
    path: "/api/v1/report-schedules",
    summary: "Creates a report schedule (audited).",
    access: "user",
    capability: "reports.manage",
    body: scheduleBodySchema,
    response: reportScheduleSchema,
  }),
  update: defineRoute({
    method: "PUT",
    path: "/api/v1/report-schedules/:scheduleId",
    summary: "Replaces a report schedule's settings (audited).",
    access: "user",
    capability: "reports.manage",
    params: scheduleParamsSchema,
    body: scheduleBodySchema,
    response: reportScheduleSchema,
  }),
  remove: defineRoute({
    method: "DELETE",
    path: "/api/v1/report-schedules/:scheduleId",
    summary: "Deletes a report schedule (audited); reports already made stay.",
    access: "user",
    capability: "reports.manage",
    params: scheduleParamsSchema,
    response: z.object({ ok: z.literal(true) }),
  }),
};
