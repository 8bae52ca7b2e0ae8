import { SNAPSHOT_KIND_NAMES, SNAPSHOT_KINDS, type SnapshotKind } from "@logstag/protocol";
import { z } from "zod";
import { targetParamsSchema } from "./assets.ts";
import { defineRoute, type RouteDef } from "./route.ts";

const isoTime = z.iso.datetime({ offset: true });

/** A range query: `to` after `from`. */
export const timeRangeQuerySchema = z
  .object({ from: isoTime, to: isoTime })
  .strict()
  .refine((q) => Date.parse(q.to) > Date.parse(q.from), { message: "`to` must be after `from`" });

/** `at` absent: the newest snapshot; present: the one taken at or before it (within an hour). */
export const snapshotAtQuerySchema = z.object({ at: isoTime.optional() }).strict();

/** A sample older than this before `at` says nothing about that moment. */
export const SNAPSHOT_AT_LOOKBACK_MS = 3_600_000;
/** At most this many snapshot times per `times` answer (the newest ones when there are more). */
export const MAX_SNAPSHOT_TIMES = 5_000;
/** At most this many rows per `range` answer, summed over its snapshots (the newest first). */
export const MAX_RANGE_ROWS = 5_000;

type KindRow<K extends SnapshotKind> = (typeof SNAPSHOT_KINDS)[K]["row"];

function snapshotResponse<K extends SnapshotKind>(kind: K) {
  const row = SNAPSHOT_KINDS[kind].row as KindRow<K>;
  return z.object({
    /** null and no rows until the agent sent one. */
    collectedAt: isoTime.nullable(),
    /** The collector capped the rows. */
    truncated: z.boolean(),
    rows: z.array(row),
  });
}

export const snapshotTimesResponseSchema = z.object({
  /** Oldest first. */
  times: z.array(z.object({ collectedAt: isoTime, rows: z.number().int() })),
  truncated: z.boolean(),
});
export type SnapshotTimesResponse = z.infer<typeof snapshotTimesResponseSchema>;

function snapshotRangeResponse<K extends SnapshotKind>(kind: K) {
  return z.object({
    /** Newest first. */
    snapshots: z.array(snapshotResponse(kind)),
    /** More rows existed in the range than MAX_RANGE_ROWS. */
    truncated: z.boolean(),
  });
}

function snapshotRoutes<K extends SnapshotKind>(kind: K) {
  const base = `/api/v1/targets/:targetId/snapshots/${kind}`;
  const what = SNAPSHOT_KINDS[kind].description;
  return {
    at: defineRoute({
      method: "GET",
      path: base,
      summary: `${kind}: the newest snapshot, or the one at a moment. ${what}`,
      access: "user",
      capability: "metrics.read",
      params: targetParamsSchema,
      query: snapshotAtQuerySchema,
      response: snapshotResponse(kind),
    }),
    times: defineRoute({
      method: "GET",
      path: `${base}/times`,
      summary: `${kind}: when snapshots were taken within a range.`,
      access: "user",
      capability: "metrics.read",
      params: targetParamsSchema,
      query: timeRangeQuerySchema,
      response: snapshotTimesResponseSchema,
    }),
    range: defineRoute({
      method: "GET",
      path: `${base}/range`,
      summary: `${kind}: every snapshot within a range, rows included.`,
      access: "user",
      capability: "metrics.read",
      params: targetParamsSchema,
      query: timeRangeQuerySchema,
      response: snapshotRangeResponse(kind),
    }),
  };
}

export type SnapshotRoutes<K extends SnapshotKind> = ReturnType<typeof snapshotRoutes<K>>;
export type SnapshotResponse<K extends SnapshotKind> = z.infer<SnapshotRoutes<K>["at"]["response"]>;
export type SnapshotRangeResponse<K extends SnapshotKind> = z.infer<
  SnapshotRoutes<K>["range"]["response"]
>;

/** Three routes per snapshot kind, generated from the protocol's kinds. */
export const snapshotRoutesByKind = Object.fromEntries(
  SNAPSHOT_KIND_NAMES.map((kind) => [kind, snapshotRoutes(kind)]),
) as { [K in SnapshotKind]: SnapshotRoutes<K> };

/** The same routes as a flat table, as API_ROUTES lists them. */
export const snapshotRouteTable: Record<string, RouteDef> = Object.fromEntries(
  SNAPSHOT_KIND_NAMES.flatMap((kind) =>
    Object.entries(snapshotRoutesByKind[kind]).map(([name, route]) => [`${kind}.${name}`, route]),
  ),
);
