import type { Logger } from "../logger.ts";
import type { CollectedPayload } from "./collected.ts";

/** Logs a collector's failure when it starts or changes, and its recovery, not every tick. */
export function createStatusLog(logger: Logger): (p: CollectedPayload) => void {
  const lastError = new Map<string, string>();
  return ({ target, payload }) => {
    const key = `${target}\u0000${payload.collector}`;
    const previous = lastError.get(key);
    if (payload.status === "ok") {
      if (previous !== undefined) {
        logger.info({ target, collector: payload.collector }, "collector recovered");
        lastError.delete(key);
      }
      return;
    }
    const message = `${payload.error?.kind}: ${payload.error?.message}`;
    if (previous === message) return;
    lastError.set(key, message);
    logger.warn(
      { target, collector: payload.collector, error: payload.error },
      `collection failed on ${target} (${payload.collector}): ${message}`,
    );
  };
}
