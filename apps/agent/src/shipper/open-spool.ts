import type { AgentConfig } from "../config/agent-config.ts";
import type { Logger } from "../logger.ts";
import { DiskSpool } from "./disk-spool.ts";
import { SpoolLockedError } from "./spool-lock.ts";

export class SpoolOpenError extends Error {
  override name = "SpoolOpenError";
}

/** The disk spool of the configuration; a directory the agent cannot use is a clear error. */
export async function openSpool(config: AgentConfig, logger: Logger): Promise<DiskSpool> {
  const settings = config.spool;
  if (!settings) throw new SpoolOpenError("no spool configured");
  try {
    const spool = await DiskSpool.open({
      dir: settings.dir,
      maxBytes: settings.maxBytes,
      maxAgeMs: settings.maxAgeMs,
      onDrop: (count, reason) =>
        logger.warn({ dropped: count, reason }, `dropped ${count} spooled payloads: ${reason}`),
    });
    if (spool.size > 0) {
      logger.info(
        { payloads: spool.size, bytes: spool.bytes, dir: settings.dir },
        "payloads from an earlier run are waiting in the spool; sending them first",
      );
    }
    return spool;
  } catch (error) {
    if (error instanceof SpoolLockedError) throw new SpoolOpenError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code ? `${code}` : error instanceof Error ? error.message : String(error);
    throw new SpoolOpenError(
      `cannot use the spool directory ${settings.dir} (${reason}); set spool.dir to a directory the agent's user can write`,
    );
  }
}
