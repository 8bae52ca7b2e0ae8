import { createLogger, type Logger } from "../src/logger.ts";

export interface CapturedLog {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A real pino logger writing JSON lines into an array instead of stdout. */
export function captureLogs(): { logger: Logger; lines: CapturedLog[]; text: () => string } {
  const lines: CapturedLog[] = [];
  const logger = createLogger({
    level: "debug",
    destination: { write: (line: string) => void lines.push(JSON.parse(line)) },
  });
  return { logger, lines, text: () => lines.map((l) => JSON.stringify(l)).join("\n") };
}

export async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 25));
  }
}
