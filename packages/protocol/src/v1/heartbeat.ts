import { z } from "zod";

const isoTime = z.iso.datetime({ offset: true });

/** What an agent says about itself every minute, besides its payloads. */
export const heartbeatRequestSchema = z
  .object({
    agentId: z.uuid(),
    agentVersion: z.string().min(1).max(50),
    /** The agent's clock when it sent the heartbeat; the backend derives the clock offset. */
    sentAt: isoTime,
    /** Payloads waiting on the agent's disk for the backend. */
    spool: z
      .object({
        payloads: z.number().int().min(0),
        bytes: z.number().int().min(0),
        oldestAt: isoTime.nullable(),
      })
      .strict(),
    /** Payloads dropped since the spool was created (budget exhausted, or refused). */
    droppedPayloads: z.number().int().min(0),
    /** The agent's last delivery or collection error, never containing secrets. */
    lastError: z.string().max(2000).nullable(),
  })
  .strict();
export type HeartbeatRequest = z.infer<typeof heartbeatRequestSchema>;

export const heartbeatResponseSchema = z.object({
  /** The backend's clock, so the agent can log a skew too. */
  serverTime: isoTime,
  /** The backend's version: an older agent can say it is outdated. */
  backendVersion: z.string(),
});
export type HeartbeatResponse = z.infer<typeof heartbeatResponseSchema>;
