import { ENGINE_KINDS, TARGET_ROLES } from "@logstag/protocol";
import { z } from "zod";
import { targetParamsSchema } from "./assets.ts";
import { defineRoute } from "./route.ts";

const isoTime = z.iso.datetime({ offset: true });

/** Units the web app knows how to format. */
export const FACT_UNITS = [
  "count",
  "bytes",
  "seconds",
  "milliseconds",
  "microseconds",
  "percent",
  "ratio",
  "blocks",
] as const;

/** A headline number about the instance, e.g. max_connections or maxmemory (null: not reported). */
export const instanceFactSchema = z.object({
  key: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  unit: z.enum(FACT_UNITS),
  /** Shown instead of the value when set, e.g. "no limit". */
  text: z.string().nullable(),
});
export type InstanceFact = z.infer<typeof instanceFactSchema>;

export const instanceResponseSchema = z.object({
  engine: z.enum(ENGINE_KINDS),
  /** "PostgreSQL 18.1 …", "Valkey 8.0.1"; null until the agent reported. */
  version: z.string().nullable(),
  role: z.enum(TARGET_ROLES).nullable(),
  startedAt: isoTime.nullable(),
  /** Seconds since startedAt, at the time of the answer. */
  uptimeSeconds: z.number().nullable(),
  facts: z.array(instanceFactSchema),
  /** The instance's parts: databases with their size (PostgreSQL), keyspaces with their keys (Redis). */
  parts: z.object({
    label: z.string(),
    unit: z.enum(FACT_UNITS),
    items: z.array(z.object({ name: z.string(), value: z.number() })),
    /** Latest collection the parts come from. */
    collectedAt: isoTime.nullable(),
  }),
});
export type InstanceResponse = z.infer<typeof instanceResponseSchema>;

export const instanceRoutes = {
  get: defineRoute({
    method: "GET",
    path: "/api/v1/targets/:targetId/instance",
    summary: "Version, role, uptime and the engine's headline facts of a target.",
    access: "user",
    capability: "metrics.read",
    params: targetParamsSchema,
    response: instanceResponseSchema,
  }),
};
