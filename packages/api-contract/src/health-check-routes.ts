import { ENGINE_KINDS } from "@logstag/protocol";
import { z } from "zod";
import { targetParamsSchema } from "./assets.ts";
import {
  HEALTH_CATEGORIES,
  HEALTH_REPORT_TRIGGERS,
  HEALTH_SEVERITIES,
  healthReportSchema,
  reportSummarySchema,
} from "./health-report.ts";
import { defineRoute } from "./route.ts";

const isoTime = z.iso.datetime({ offset: true });

/** Reports are kept at least this long. */
export const HEALTH_REPORT_RETENTION_DAYS = 400;

export const reportParamsSchema = z.object({ reportId: z.uuid() });

export const fleetEntrySchema = z.object({
  targetId: z.uuid(),
  targetName: z.string(),
  engine: z.enum(ENGINE_KINDS),
  /** Whether Logstag has health checks for the engine. */
  supported: z.boolean(),
  latest: reportSummarySchema.nullable(),
  /** Score of the report before the latest, for the trend. */
  previousScore: z.number().int().nullable(),
});
export type FleetEntry = z.infer<typeof fleetEntrySchema>;

export const fleetResponseSchema = z.object({ targets: z.array(fleetEntrySchema) });
export type FleetResponse = z.infer<typeof fleetResponseSchema>;

export const reportListQuerySchema = z
  .object({
    targetId: z.uuid().optional(),
    engine: z.enum(ENGINE_KINDS).optional(),
    trigger: z.enum(HEALTH_REPORT_TRIGGERS).optional(),
    /** Only reports scoring at most this. */
    maxScore: z.coerce.number().int().min(0).max(100).optional(),
    from: isoTime.optional(),
    to: isoTime.optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict();
export type ReportListQuery = z.input<typeof reportListQuerySchema>;

export const reportListResponseSchema = z.object({ reports: z.array(reportSummarySchema) });
export type ReportListResponse = z.infer<typeof reportListResponseSchema>;

export const scoreHistoryQuerySchema = z
  .object({ days: z.coerce.number().int().min(1).max(HEALTH_REPORT_RETENTION_DAYS).default(90) })
  .strict();
export const scoreHistoryResponseSchema = z.object({
  /** Oldest first. */
  points: z.array(z.object({ reportId: z.uuid(), generatedAt: isoTime, score: z.number().int() })),
});
export type ScoreHistoryResponse = z.infer<typeof scoreHistoryResponseSchema>;

export const healthCheckInfoSchema = z.object({
  id: z.string(),
  engines: z.array(z.enum(ENGINE_KINDS)),
  title: z.string(),
  category: z.enum(HEALTH_CATEGORIES),
  severity: z.enum(HEALTH_SEVERITIES),
  reads: z.array(z.string()),
  why: z.string(),
  docsUrl: z.string(),
});
export type HealthCheckInfo = z.infer<typeof healthCheckInfoSchema>;
export const healthCheckCatalogSchema = z.object({ checks: z.array(healthCheckInfoSchema) });
export type HealthCheckCatalog = z.infer<typeof healthCheckCatalogSchema>;

export const muteSchema = z.object({
  id: z.uuid(),
  targetId: z.uuid(),
  checkId: z.string(),
  reason: z.string(),
  until: isoTime,
  createdAt: isoTime,
  createdBy: z.string(),
});
export type Mute = z.infer<typeof muteSchema>;
export const muteListResponseSchema = z.object({ mutes: z.array(muteSchema) });
export type MuteListResponse = z.infer<typeof muteListResponseSchema>;

export const createMuteBodySchema = z
  .object({
    checkId: z.string().trim().min(1).max(200),
    reason: z.string().trim().min(3, "say why the finding is muted").max(1000),
    until: isoTime,
  })
  .strict();
export type CreateMuteBody = z.infer<typeof createMuteBodySchema>;
export const muteParamsSchema = z.object({ muteId: z.uuid() });

const download = (format: "json" | "html" | "pdf", summary: string) =>
  defineRoute({
    method: "GET",
    path: `/api/v1/health-reports/:reportId/export.${format}`,
    summary,
    access: "user",
    capability: "reports.read",
    params: reportParamsSchema,
    response: z.string().describe(format === "pdf" ? "application/pdf" : `text/${format}`),
    responseType: format === "json" ? "download" : format,
  });

export const healthCheckRoutes = {
  catalog: defineRoute({
    method: "GET",
    path: "/api/v1/health-checks",
    summary: "Every health check Logstag runs, per engine, with what it reads and why it matters.",
    access: "user",
    capability: "reports.read",
    response: healthCheckCatalogSchema,
  }),
  fleet: defineRoute({
    method: "GET",
    path: "/api/v1/health/fleet",
    summary: "Each target with its latest report's score and worst findings, worst targets first.",
    access: "user",
    capability: "reports.read",
    response: fleetResponseSchema,
  }),
  generate: defineRoute({
    method: "POST",
    path: "/api/v1/targets/:targetId/health-reports",
    summary: "Runs every check of the target's engine on its stored data and keeps the report.",
    access: "user",
    capability: "reports.manage",
    params: targetParamsSchema,
    response: healthReportSchema,
  }),
  history: defineRoute({
    method: "GET",
    path: "/api/v1/targets/:targetId/health-reports/scores",
    summary: "The target's report scores over time (up to 400 days).",
    access: "user",
    capability: "reports.read",
    params: targetParamsSchema,
    query: scoreHistoryQuerySchema,
    response: scoreHistoryResponseSchema,
  }),
  list: defineRoute({
    method: "GET",
    path: "/api/v1/health-reports",
    summary:
      "Reports across targets, newest first, filtered by target, engine, trigger, score, time.",
    access: "user",
    capability: "reports.read",
    query: reportListQuerySchema,
    response: reportListResponseSchema,
  }),
  get: defineRoute({
    method: "GET",
    path: "/api/v1/health-reports/:reportId",
    summary: "One report: score with its breakdown, findings, not evaluated checks, diff.",
    access: "user",
    capability: "reports.read",
    params: reportParamsSchema,
    response: healthReportSchema,
  }),
  exportJson: download("json", "The report as a JSON file (schema logstag.health-report/v1)."),
  exportHtml: download("html", "The report as one standalone HTML file that opens offline."),
  exportPdf: download("pdf", "The report as a PDF document."),
  mutes: defineRoute({
    method: "GET",
    path: "/api/v1/targets/:targetId/health-mutes",
    summary: "Mutes of the target's findings that have not expired.",
    access: "user",
    capability: "reports.read",
    params: targetParamsSchema,
    response: muteListResponseSchema,
  }),
  mute: defineRoute({
    method: "POST",
    path: "/api/v1/targets/:targetId/health-mutes",
    summary:
      "Mutes a check's finding on the target until a time, with a reason (audited); the latest report is re-scored.",
    access: "user",
    capability: "reports.manage",
    params: targetParamsSchema,
    body: createMuteBodySchema,
    response: muteSchema,
  }),
  unmute: defineRoute({
    method: "DELETE",
    path: "/api/v1/health-mutes/:muteId",
    summary: "Ends a mute now (audited); the latest report is re-scored.",
    access: "user",
    capability: "reports.manage",
    params: muteParamsSchema,
    response: z.object({ ok: z.literal(true) }),
  }),
};
