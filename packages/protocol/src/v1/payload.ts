import { z } from "zod";
import { diagnosticSchema, MAX_DIAGNOSTICS_PER_PAYLOAD } from "./diagnostics.ts";
import { engineKindSchema } from "./engines.ts";
import { intervalGroupSchema } from "./interval-groups.ts";
import { findEngineMetric } from "./metric-catalog.ts";
import { checkSnapshot, snapshotSchema } from "./snapshots.ts";

const labelValue = z.string().max(200);
const labelsSchema = z.record(z.string().max(64), labelValue);
const metricName = z.string().min(1).max(128);
const sampleValue = z.number().finite();

export const metricSampleSchema = z
  .object({ name: metricName, value: sampleValue, labels: labelsSchema.optional() })
  .strict();
export type MetricSample = z.infer<typeof metricSampleSchema>;

/**
 * The compact form of samples (see metric-groups.ts): the samples of one label set, as metric
 * name → value. Each entry is one sample, with the same rules as `metricSampleSchema`.
 */
export const metricGroupSchema = z
  .object({ labels: labelsSchema.optional(), values: z.record(metricName, sampleValue) })
  .strict();
export type MetricGroup = z.infer<typeof metricGroupSchema>;

export const TARGET_ROLES = ["primary", "replica", "standalone", "unknown"] as const;

/** Facts about the monitored server, sent by the collector that can see them. */
export const inventorySchema = z
  .object({
    engineVersion: z.string().max(200),
    host: z.string().max(255).optional(),
    role: z.enum(TARGET_ROLES),
    startedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type Inventory = z.infer<typeof inventorySchema>;

export const COLLECTION_ERROR_KINDS = [
  "connection",
  "privilege",
  "timeout",
  "query",
  "internal",
] as const;

export const collectionErrorSchema = z
  .object({ kind: z.enum(COLLECTION_ERROR_KINDS), message: z.string().max(2000) })
  .strict();
export type CollectionError = z.infer<typeof collectionErrorSchema>;

export const MAX_SAMPLES_PER_PAYLOAD = 20_000;

const payloadFields = {
  payloadId: z.uuid(),
  agentId: z.uuid(),
  targetId: z.uuid(),
  engine: engineKindSchema,
  collector: z.string().regex(/^[a-z][a-z0-9_.-]{0,63}$/, "collector names are lower-case words"),
  group: intervalGroupSchema,
  collectedAt: z.iso.datetime({ offset: true }),
  durationMs: z.number().nonnegative().max(3_600_000),
  status: z.enum(["ok", "error"]),
  error: collectionErrorSchema.optional(),
};

const dataFields = {
  /** The same samples as `metrics`, grouped by label set; a payload may carry either or both. */
  metricGroups: z.array(metricGroupSchema).max(MAX_SAMPLES_PER_PAYLOAD).optional(),
  inventory: inventorySchema.optional(),
  /** Rows describing the server at collection time; see SNAPSHOT_KINDS. */
  snapshot: snapshotSchema.optional(),
  /** What the collector could not read and how to fix it; absent or empty when nothing is missing. */
  diagnostics: z.array(diagnosticSchema).max(MAX_DIAGNOSTICS_PER_PAYLOAD).optional(),
};

type EnvelopeCheck = {
  status: "ok" | "error";
  error?: unknown;
  engine: z.infer<typeof engineKindSchema>;
  data: { snapshot?: z.output<typeof snapshotSchema> | undefined };
};

/** The rules of a payload that are not about its samples. */
function checkEnvelope(p: EnvelopeCheck, ctx: z.RefinementCtx): void {
  if (p.status === "error" && !p.error) {
    ctx.addIssue({
      code: "custom",
      path: ["error"],
      message: "a failed collection must say why",
    });
  }
  if (p.data.snapshot) {
    for (const [path, message] of checkSnapshot(p.data.snapshot, p.engine)) {
      ctx.addIssue({ code: "custom", path: ["data", "snapshot", ...path], message });
    }
  }
}

/** What one collector produced in one run against one target. */
export const payloadSchema = z
  .object({
    ...payloadFields,
    data: z
      .object({
        metrics: z.array(metricSampleSchema).max(MAX_SAMPLES_PER_PAYLOAD).default([]),
        ...dataFields,
      })
      .strict(),
  })
  .strict()
  .superRefine((p, ctx) => {
    checkEnvelope(p, ctx);
    const groups = p.data.metricGroups ?? [];
    let samples = p.data.metrics.length;
    for (const g of groups) samples += Object.keys(g.values).length;
    if (samples > MAX_SAMPLES_PER_PAYLOAD) {
      ctx.addIssue({
        code: "custom",
        path: ["data", "metricGroups"],
        message: `at most ${MAX_SAMPLES_PER_PAYLOAD} samples per payload, in metrics and metricGroups together`,
      });
    }
    p.data.metrics.forEach((sample, i) => {
      const at = ["data", "metrics", i];
      checkSample(ctx, p.engine, sample.name, sample.labels, [...at, "name"], [...at, "labels"]);
    });
    groups.forEach((g, i) => {
      const at = ["data", "metricGroups", i];
      for (const name of Object.keys(g.values))
        checkSample(ctx, p.engine, name, g.labels, [...at, "values", name], [...at, "labels"]);
    });
  });

/** The catalog's rules for one sample: a metric of the engine, with only that metric's labels. */
function checkSample(
  ctx: z.RefinementCtx,
  engine: z.infer<typeof engineKindSchema>,
  name: string,
  labels: Record<string, string> | undefined,
  namePath: (string | number)[],
  labelsPath: (string | number)[],
): void {
  const def = findEngineMetric(name, engine);
  if (!def) {
    ctx.addIssue({
      code: "custom",
      path: namePath,
      message: `metric ${name} is not in the ${engine} catalog`,
    });
    return;
  }
  for (const key of Object.keys(labels ?? {})) {
    if (!def.labels.includes(key)) {
      ctx.addIssue({
        code: "custom",
        path: [...labelsPath, key],
        message: `metric ${name} has no label ${key}`,
      });
    }
  }
}

/**
 * A payload whose samples are left unchecked (only their number is): for validators that check
 * samples themselves (fast-ingest.ts). Everything else is exactly `payloadSchema`.
 */
export const payloadEnvelopeSchema = z
  .object({
    ...payloadFields,
    data: z
      .object({
        // Not z.array(z.unknown()): that copies the array and allocates per sample.
        metrics: z
          .custom<unknown[]>((v) => Array.isArray(v) && v.length <= MAX_SAMPLES_PER_PAYLOAD)
          .default([]),
        ...dataFields,
        metricGroups: z
          .custom<unknown[]>((v) => Array.isArray(v) && v.length <= MAX_SAMPLES_PER_PAYLOAD)
          .optional(),
      })
      .strict(),
  })
  .strict()
  .superRefine(checkEnvelope);
export type Payload = z.infer<typeof payloadSchema>;
export type PayloadInput = z.input<typeof payloadSchema>;

export const MAX_PAYLOADS_PER_BATCH = 500;

export const ingestBatchSchema = z
  .object({ payloads: z.array(payloadSchema).min(1).max(MAX_PAYLOADS_PER_BATCH) })
  .strict();
export type IngestBatch = z.infer<typeof ingestBatchSchema>;

export const ingestResultSchema = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int(),
});
export type IngestResult = z.infer<typeof ingestResultSchema>;
