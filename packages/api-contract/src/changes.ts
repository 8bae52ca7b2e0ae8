import { SNAPSHOT_KIND_NAMES } from "@logstag/protocol";
import { z } from "zod";
import { targetParamsSchema } from "./assets.ts";
import { defineRoute } from "./route.ts";
import { timeRangeQuerySchema } from "./snapshots.ts";

const isoTime = z.iso.datetime({ offset: true });

/** At most this many change events per answer (the newest). */
export const MAX_CHANGE_EVENTS = 2_000;
/** At most this many keys per row look-up. */
export const MAX_LOOKUP_KEYS = 200;

export const changeEventSchema = z.object({
  at: isoTime,
  /** The snapshot kind the change was seen in, e.g. `postgres.schema`, `postgres.settings`. */
  kind: z.string(),
  objectType: z.string(),
  objectName: z.string(),
  change: z.enum(["created", "altered", "dropped"]),
  /** For `altered`: each compared field that changed. */
  diff: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type ChangeEvent = z.infer<typeof changeEventSchema>;

export const changesResponseSchema = z.object({
  /** Newest first. */
  events: z.array(changeEventSchema),
  truncated: z.boolean(),
});
export type ChangesResponse = z.infer<typeof changesResponseSchema>;

export const snapshotRowsQuerySchema = z
  .object({
    kind: z.enum(SNAPSHOT_KIND_NAMES),
    /** Comma-separated row keys (the kind's `rowKey` field). */
    keys: z
      .string()
      .min(1)
      .transform((s) =>
        s
          .split(",")
          .map((k) => k.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().max(128)).min(1).max(MAX_LOOKUP_KEYS)),
  })
  .strict();

export const snapshotRowsResponseSchema = z.object({
  /** The newest row of each key found, in the kind's row shape. */
  rows: z.array(z.unknown()),
});
export type SnapshotRowsResponse = z.infer<typeof snapshotRowsResponseSchema>;

export const changeRoutes = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/targets/:targetId/changes",
    summary:
      "Schema, setting and role changes of a target within a range (created, altered with a diff, dropped), newest first.",
    access: "user",
    capability: "metrics.read",
    params: targetParamsSchema,
    query: timeRangeQuerySchema,
    response: changesResponseSchema,
  }),
  rows: defineRoute({
    method: "GET",
    path: "/api/v1/targets/:targetId/snapshot-rows",
    summary:
      "The newest row of each key of a keyed snapshot kind (e.g. the texts behind postgres.statements' query keys), however old.",
    access: "user",
    capability: "metrics.read",
    params: targetParamsSchema,
    query: snapshotRowsQuerySchema,
    response: snapshotRowsResponseSchema,
  }),
} as const;
