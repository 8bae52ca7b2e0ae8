import { z } from "zod";

export const INTERVAL_GROUPS = ["high", "medium", "low", "schema"] as const;
export type IntervalGroup = (typeof INTERVAL_GROUPS)[number];

export const intervalGroupSchema = z.enum(INTERVAL_GROUPS);

/** Default collection interval of each group, in seconds. */
export const DEFAULT_INTERVAL_SECONDS = {
  high: 10,
  medium: 60,
  low: 10 * 60,
  schema: 240 * 60,
} as const satisfies Record<IntervalGroup, number>;
