import { z } from "zod";
import { engineKindSchema } from "./engines.ts";

/** Agent and target names: what people type in config files. */
export const nameSchema = z
  .string()
  .min(1, "must not be empty")
  .max(100, "at most 100 characters")
  .regex(/^[\w.@:/ -]+$/, "use letters, digits, spaces and . _ - @ : /");

export const registerAgentRequestSchema = z
  .object({
    agentName: nameSchema,
    hostname: z.string().min(1).max(255),
    agentVersion: z.string().min(1).max(50),
    targets: z
      .array(
        z
          .object({
            name: nameSchema,
            engine: engineKindSchema,
            /** Where the target lives, for the inventory: never credentials. */
            endpoint: z.string().max(300).optional(),
          })
          .strict(),
      )
      .max(1000),
  })
  .strict();
export type RegisterAgentRequest = z.infer<typeof registerAgentRequestSchema>;

export const registerAgentResponseSchema = z.object({
  agentId: z.uuid(),
  targets: z.array(z.object({ name: z.string(), targetId: z.uuid() })),
  /** The backend takes samples grouped by label set (`data.metricGroups`); older ones say nothing. */
  acceptsMetricGroups: z.boolean().optional(),
});
export type RegisterAgentResponse = z.infer<typeof registerAgentResponseSchema>;
