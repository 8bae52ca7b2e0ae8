import { z } from "zod";
import { engineKindSchema } from "./engines.ts";

const name = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w.@:/ -]+$/, "use letters, digits, spaces and . _ - @ : /");

export const registerAgentRequestSchema = z
  .object({
    agentName: name,
    hostname: z.string().min(1).max(255),
    agentVersion: z.string().min(1).max(50),
    targets: z
      .array(
        z
          .object({
            name,
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
});
export type RegisterAgentResponse = z.infer<typeof registerAgentResponseSchema>;
