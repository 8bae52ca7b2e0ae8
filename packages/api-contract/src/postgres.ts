import {
  postgresExtensionSchema,
  postgresProgressSchema,
  postgresRoleSchema,
  postgresSessionSchema,
  postgresSettingSchema,
  TARGET_ROLES,
} from "@logstag/protocol";
import { z } from "zod";
import { targetParamsSchema } from "./assets.ts";
import { defineRoute } from "./route.ts";

const isoTime = z.iso.datetime({ offset: true });

export const MAX_ACTIVITY_SAMPLES = 5_000;

export const activitySamplesQuerySchema = z
  .object({ from: isoTime, to: isoTime })
  .strict()
  .refine((q) => Date.parse(q.to) > Date.parse(q.from), { message: "`to` must be after `from`" });

export const activitySamplesResponseSchema = z.object({
  /** Oldest first; at most MAX_ACTIVITY_SAMPLES (the newest ones when there are more). */
  samples: z.array(
    z.object({
      sampledAt: isoTime,
      /** Rows in the sample (sessions that were not idle, plus idle blockers). */
      sessions: z.number().int(),
    }),
  ),
  truncated: z.boolean(),
});
export type ActivitySamplesResponse = z.infer<typeof activitySamplesResponseSchema>;

export const activitySessionsQuerySchema = z.object({ at: isoTime }).strict();

/** The sample taken at or before `at` (null when there is none within an hour before it). */
export const activitySessionsResponseSchema = z.object({
  sampledAt: isoTime.nullable(),
  /** The sample holds at most 1000 sessions, the longest running first. */
  truncated: z.boolean(),
  sessions: z.array(postgresSessionSchema),
});
export type ActivitySessionsResponse = z.infer<typeof activitySessionsResponseSchema>;
export type ActivitySession = ActivitySessionsResponse["sessions"][number];

export const postgresInstanceResponseSchema = z.object({
  /** "PostgreSQL 18.1 …"; null until the agent reported. */
  version: z.string().nullable(),
  role: z.enum(TARGET_ROLES).nullable(),
  startedAt: isoTime.nullable(),
  /** Seconds since startedAt, at the time of the answer. */
  uptimeSeconds: z.number().nullable(),
  maxConnections: z.number().nullable(),
  /** Sum of the databases' sizes at the latest collection. */
  totalSizeBytes: z.number().nullable(),
  databases: z.array(z.object({ name: z.string(), sizeBytes: z.number() })),
  /** Latest medium-group collection the sizes come from. */
  sizesCollectedAt: isoTime.nullable(),
});
export type PostgresInstanceResponse = z.infer<typeof postgresInstanceResponseSchema>;

/** The latest snapshot of one kind: `collectedAt` null and no rows until the agent sent one. */
function latestSnapshotResponse<R extends z.ZodType>(row: R) {
  return z.object({ collectedAt: isoTime.nullable(), truncated: z.boolean(), rows: z.array(row) });
}

export const postgresSettingsResponseSchema = latestSnapshotResponse(postgresSettingSchema);
export type PostgresSettingsResponse = z.infer<typeof postgresSettingsResponseSchema>;
export const postgresRolesResponseSchema = latestSnapshotResponse(postgresRoleSchema);
export type PostgresRolesResponse = z.infer<typeof postgresRolesResponseSchema>;
export const postgresExtensionsResponseSchema = latestSnapshotResponse(postgresExtensionSchema);
export type PostgresExtensionsResponse = z.infer<typeof postgresExtensionsResponseSchema>;
export const postgresProgressResponseSchema = latestSnapshotResponse(postgresProgressSchema);
export type PostgresProgressResponse = z.infer<typeof postgresProgressResponseSchema>;

export const postgresRoutes = {
  activitySamples: defineRoute({
    method: "GET",
    path: "/api/v1/targets/:targetId/activity/samples",
    summary: "Times of the session samples of a PostgreSQL target within a range.",
    access: "user",
    capability: "metrics.read",
    params: targetParamsSchema,
    query: activitySamplesQuerySchema,
    response: activitySamplesResponseSchema,
  }),
  activitySessions: defineRoute({
    method: "GET",
    path: "/api/v1/targets/:targetId/activity/sessions",
    summary: "Sessions of the sample taken at or before `at`, with who blocks whom.",
    access: "user",
    capability: "metrics.read",
    params: targetParamsSchema,
    query: activitySessionsQuerySchema,
    response: activitySessionsResponseSchema,
  }),
  instance: defineRoute({
    method: "GET",
    path: "/api/v1/targets/:targetId/postgres/instance",
    summary: "Version, role, uptime, size and max_connections of a PostgreSQL target.",
    access: "user",
    capability: "metrics.read",
    params: targetParamsSchema,
    response: postgresInstanceResponseSchema,
  }),
  settings: defineRoute({
    method: "GET",
    path: "/api/v1/targets/:targetId/postgres/settings",
    summary: "Latest settings of a PostgreSQL target (secrets masked).",
    access: "user",
    capability: "metrics.read",
    params: targetParamsSchema,
    response: postgresSettingsResponseSchema,
  }),
  roles: defineRoute({
    method: "GET",
    path: "/api/v1/targets/:targetId/postgres/roles",
    summary: "Latest roles of a PostgreSQL target with attributes and memberships.",
    access: "user",
    capability: "metrics.read",
    params: targetParamsSchema,
    response: postgresRolesResponseSchema,
  }),
  extensions: defineRoute({
    method: "GET",
    path: "/api/v1/targets/:targetId/postgres/extensions",
    summary: "Extensions installed in the monitored database.",
    access: "user",
    capability: "metrics.read",
    params: targetParamsSchema,
    response: postgresExtensionsResponseSchema,
  }),
  progress: defineRoute({
    method: "GET",
    path: "/api/v1/targets/:targetId/postgres/progress",
    summary: "VACUUM and ANALYZE operations running at the latest sample.",
    access: "user",
    capability: "metrics.read",
    params: targetParamsSchema,
    response: postgresProgressResponseSchema,
  }),
};
