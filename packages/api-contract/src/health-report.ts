import { ENGINE_KINDS } from "@logstag/protocol";
import { z } from "zod";

/** Where a finding belongs; reports group findings by these. */
export const HEALTH_CATEGORIES = [
  "availability",
  "security",
  "replication",
  "capacity",
  "configuration",
  "performance",
  "maintenance",
] as const;
export type HealthCategory = (typeof HEALTH_CATEGORIES)[number];

/** Worst first. */
export const HEALTH_SEVERITIES = ["critical", "high", "medium", "low", "info"] as const;
export type HealthSeverity = (typeof HEALTH_SEVERITIES)[number];

/**
 * The score: 100 minus the weight of every finding that is not muted, never below 0.
 * weight = severity points × category factor, rounded to one decimal.
 */
export const SEVERITY_POINTS: Record<HealthSeverity, number> = {
  critical: 25,
  high: 12,
  medium: 6,
  low: 2,
  info: 0,
};
export const CATEGORY_FACTORS: Record<HealthCategory, number> = {
  availability: 1.25,
  security: 1.25,
  replication: 1.1,
  capacity: 1.1,
  configuration: 1,
  performance: 0.9,
  maintenance: 0.8,
};

export const HEALTH_REPORT_TRIGGERS = ["manual", "schedule"] as const;
export type HealthReportTrigger = (typeof HEALTH_REPORT_TRIGGERS)[number];

const isoTime = z.iso.datetime({ offset: true });

export const evidenceSchema = z.object({ label: z.string(), value: z.string() });
export type Evidence = z.infer<typeof evidenceSchema>;

export const findingMuteSchema = z.object({
  id: z.uuid(),
  reason: z.string(),
  until: isoTime,
  by: z.string(),
});
export type FindingMute = z.infer<typeof findingMuteSchema>;

export const findingSchema = z.object({
  checkId: z.string(),
  title: z.string(),
  category: z.enum(HEALTH_CATEGORIES),
  severity: z.enum(HEALTH_SEVERITIES),
  /** What is wrong, quoting the values and object names seen. */
  summary: z.string(),
  evidence: z.array(evidenceSchema),
  /** What to change, in words. */
  recommendation: z.string(),
  /** The statement, setting or command to run, ready to copy; null when it depends on the case. */
  command: z.string().nullable(),
  docsUrl: z.string(),
  /** Points this finding takes off the score (0 while muted). */
  weight: z.number(),
  /** Points it would take off without a mute. */
  baseWeight: z.number(),
  muted: findingMuteSchema.nullable(),
  /** Against the previous report of the target: new or unchanged; null for a first report. */
  change: z.enum(["new", "unchanged"]).nullable(),
});
export type Finding = z.infer<typeof findingSchema>;

export const checkOutcomeSchema = z.object({
  checkId: z.string(),
  title: z.string(),
  category: z.enum(HEALTH_CATEGORIES),
});

export const notEvaluatedSchema = checkOutcomeSchema.extend({
  /** Why the check could not run: no data, a missing privilege, data not collected yet. */
  reason: z.string(),
  /** What makes it run, when known (a grant, a setting). */
  fix: z.string().nullable(),
});
export type NotEvaluated = z.infer<typeof notEvaluatedSchema>;

export const reportDiffSchema = z.object({
  previousReportId: z.uuid().nullable(),
  previousGeneratedAt: isoTime.nullable(),
  previousScore: z.number().nullable(),
  new: z.array(z.string()),
  resolved: z.array(checkOutcomeSchema),
  unchanged: z.array(z.string()),
});
export type ReportDiff = z.infer<typeof reportDiffSchema>;

/** A health check report: the JSON export is exactly this object (`format` names its version). */
export const healthReportSchema = z.object({
  format: z.literal("logstag.health-report/v1"),
  id: z.uuid(),
  target: z.object({
    id: z.uuid(),
    name: z.string(),
    engine: z.enum(ENGINE_KINDS),
    version: z.string().nullable(),
    endpoint: z.string().nullable(),
  }),
  generatedAt: isoTime,
  trigger: z.enum(HEALTH_REPORT_TRIGGERS),
  /** The data the checks read: snapshots and series collected within this window before generatedAt. */
  dataWindowHours: z.number(),
  score: z.number().int().min(0).max(100),
  scoring: z.object({
    severityPoints: z.record(z.enum(HEALTH_SEVERITIES), z.number()),
    categoryFactors: z.record(z.enum(HEALTH_CATEGORIES), z.number()),
    rule: z.string(),
  }),
  counts: z.object({
    checks: z.number().int(),
    passed: z.number().int(),
    findings: z.number().int(),
    muted: z.number().int(),
    notEvaluated: z.number().int(),
  }),
  /** Worst first: by weight, then severity. */
  findings: z.array(findingSchema),
  passed: z.array(checkOutcomeSchema),
  notEvaluated: z.array(notEvaluatedSchema),
  diff: reportDiffSchema,
});
export type HealthReport = z.infer<typeof healthReportSchema>;

/** One line of a report list: enough for tables, charts and the fleet view. */
export const reportSummarySchema = z.object({
  id: z.uuid(),
  targetId: z.uuid(),
  targetName: z.string(),
  engine: z.enum(ENGINE_KINDS),
  generatedAt: isoTime,
  trigger: z.enum(HEALTH_REPORT_TRIGGERS),
  score: z.number().int(),
  counts: healthReportSchema.shape.counts,
  /** The worst findings that are not muted (at most three). */
  worst: z.array(
    findingSchema.pick({ checkId: true, title: true, severity: true, category: true }),
  ),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;
