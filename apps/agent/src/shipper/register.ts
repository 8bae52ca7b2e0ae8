import {
  AGENT_API,
  type RegisterAgentRequest,
  type RegisterAgentResponse,
  registerAgentResponseSchema,
} from "@logstag/protocol";
import type { Logger } from "../logger.ts";
import { type BackendClient, describeNetworkError } from "./backend-client.ts";
import { backoffDelay } from "./backoff.ts";
import { classifyResponse } from "./classify-response.ts";
import { sleep } from "./sleep.ts";

export const SLOW_RETRY_MS = 60_000;

/**
 * Registers the agent and its targets, retrying until the backend answers or `signal`
 * aborts (then resolves undefined). The backend is expected to be down at times.
 */
export async function registerAgent(
  client: BackendClient,
  request: RegisterAgentRequest,
  logger: Logger,
  signal: AbortSignal,
): Promise<RegisterAgentResponse | undefined> {
  for (let attempt = 0; !signal.aborted; attempt++) {
    let waitMs = backoffDelay(attempt);
    try {
      const res = await client.post(AGENT_API.register, request, { gzip: false, signal });
      const outcome = classifyResponse(res.status, res.retryAfter);
      if (outcome.action === "sent") {
        const parsed = registerAgentResponseSchema.safeParse(parseJson(res.body));
        if (parsed.success) return parsed.data;
        logger.error(
          { status: res.status },
          "backend answered registration with an unexpected body",
        );
      } else if (outcome.action === "rejected") {
        logger.error(
          { status: res.status },
          "agent key rejected by the backend: check backend.api_key (create a new agent key in Logstag)",
        );
        waitMs = SLOW_RETRY_MS;
      } else if (outcome.action === "retry") {
        waitMs = outcome.afterMs ?? waitMs;
        logger.warn(
          { status: res.status },
          `backend busy; retrying registration in ${seconds(waitMs)}`,
        );
      } else {
        logger.error(
          { status: res.status, body: res.body.slice(0, 500) },
          `backend refused registration (HTTP ${res.status}); check backend.url and the target names`,
        );
        waitMs = SLOW_RETRY_MS;
      }
    } catch (error) {
      if (signal.aborted) break;
      logger.warn(
        { attempt: attempt + 1 },
        `backend unreachable at ${client.origin} (${describeNetworkError(error)}); retrying registration in ${seconds(waitMs)}`,
      );
    }
    await sleep(waitMs, signal);
  }
  return undefined;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
