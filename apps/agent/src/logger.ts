import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

/** Keys that may hold secrets anywhere in a log object; pino replaces their values. */
const REDACT = [
  "password",
  "apiKey",
  "api_key",
  "authorization",
  "*.password",
  "*.apiKey",
  "*.api_key",
  "*.authorization",
  "*.connection",
  "connection",
  "headers",
];

export function createLogger(
  options: { level?: string; destination?: DestinationStream } = {},
): Logger {
  return pino(
    {
      name: "logstag-agent",
      level: options.level ?? "info",
      redact: { paths: REDACT, censor: "[redacted]" },
    },
    options.destination,
  );
}
