import { z } from "zod";
import { targetParamsSchema } from "./assets.ts";
import { defineRoute } from "./route.ts";

export const MAX_SERIES_POINTS = 2_000;

export const seriesQuerySchema = z
  .object({
    /** Comma-separated metric names from the catalog. */
    metrics: z
      .string()
      .min(1)
      .transform((s) =>
        s
          .split(",")
          .map((m) => m.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().max(128)).min(1).max(20)),
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    /** Seconds between points; chosen from the range when absent. */
    step: z.coerce.number().int().min(1).max(86_400).optional(),
    /** `label=value`: only the series with that label value, e.g. one statement's `query=…`. */
    where: z
      .string()
      .max(300)
      .regex(/^[a-z_][a-z0-9_]*=.+$/, "label=value")
      .transform((s) => {
        const at = s.indexOf("=");
        return { [s.slice(0, at)]: s.slice(at + 1) };
      })
      .optional(),
  })
  .strict();

export const seriesResponseSchema = z.object({
  from: z.number().describe("epoch seconds of the first bucket"),
  to: z.number(),
  step: z.number().describe("seconds per bucket"),
  timestamps: z.array(z.number()).describe("epoch seconds, one per bucket"),
  source: z
    .enum(["raw", "1m", "1h"])
    .optional()
    .describe(
      "what the buckets were computed from: raw points or 1-minute / 1-hour rollups (the newest minutes always come from raw points)",
    ),
  series: z.array(
    z.object({
      metric: z.string(),
      labels: z.record(z.string(), z.string()),
      unit: z.string(),
      /** counters are returned as per-second rates. */
      kind: z.enum(["counter", "gauge"]),
      /** null: no data in the bucket (for a counter: no interval without a reset). */
      values: z.array(z.number().nullable()),
      resets: z
        .array(z.number())
        .optional()
        .describe(
          "counters only: epoch seconds of the buckets where the counter went down (restart or statistics reset); the rate starts again from a new baseline there and the interval across the drop has no rate",
        ),
    }),
  ),
});
export type SeriesResponse = z.infer<typeof seriesResponseSchema>;

export const MAX_BREAKDOWN_ROWS = 1_000;

export const breakdownQuerySchema = z
  .object({
    metrics: seriesQuerySchema.shape.metrics,
    /** The label whose values become the rows, e.g. `command`. */
    by: z.string().min(1).max(64),
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
  })
  .strict();

const breakdownValueSchema = z.object({
  /** counters: the increase over the range, restarts and resets excluded. */
  increase: z.number().nullable(),
  /** counters: increase per second over the time the data covers. */
  rate: z.number().nullable(),
  /** gauges: the newest value in the range. */
  last: z.number().nullable(),
  /** gauges: the average over the range. */
  avg: z.number().nullable(),
});

export const breakdownResponseSchema = z.object({
  from: z.number().describe("epoch seconds"),
  to: z.number(),
  by: z.string(),
  /** One row per value of the `by` label, in no particular order. */
  rows: z.array(
    z.object({
      key: z.string(),
      values: z.record(z.string(), breakdownValueSchema),
    }),
  ),
  /** More label values existed than MAX_BREAKDOWN_ROWS. */
  truncated: z.boolean(),
});
export type BreakdownResponse = z.infer<typeof breakdownResponseSchema>;

export const seriesRoutes = {
  query: defineRoute({
    method: "GET",
    path: "/api/v1/targets/:targetId/series",
    summary: "Time series of one target, bucketed and aligned for charts.",
    access: "user",
    capability: "metrics.read",
    params: targetParamsSchema,
    query: seriesQuerySchema,
    response: seriesResponseSchema,
  }),
  breakdown: defineRoute({
    method: "GET",
    path: "/api/v1/targets/:targetId/series/breakdown",
    summary: "Metrics of one target totalled over a range, one row per value of a label.",
    access: "user",
    capability: "metrics.read",
    params: targetParamsSchema,
    query: breakdownQuerySchema,
    response: breakdownResponseSchema,
  }),
};
