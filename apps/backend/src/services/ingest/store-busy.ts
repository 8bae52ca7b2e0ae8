import { AppError } from "../errors.ts";

// Conditions that pass: lock conflicts, cancelled statements, a store restarting or out of
// connections, a partition dropped between the check and the write.
const TRANSIENT_SQLSTATES = new Set(["40P01", "40001", "55P03", "57014", "53300", "23514"]);
const TRANSIENT_PREFIXES = ["08", "57P"];
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"]);

function isTransient(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === "string") {
    if (TRANSIENT_SQLSTATES.has(code) || NETWORK_CODES.has(code)) return true;
    if (TRANSIENT_PREFIXES.some((p) => code.startsWith(p))) return true;
  }
  return /Connection terminated|timeout exceeded when trying to connect/.test(err.message);
}

/** A store failure that a retry can get past becomes 503 + Retry-After, which agents retry. */
export function asStoreBusy(err: unknown): unknown {
  if (!isTransient(err)) return err;
  return new AppError(
    "unavailable",
    "the store could not take this batch right now; nothing was stored. Retry in 2 s",
    undefined,
    2,
  );
}
