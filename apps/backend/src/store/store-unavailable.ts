// Errors that mean the store cannot be reached or is going away, as opposed to a bad statement:
// sockets refused or cut, the driver's own connection errors, and PostgreSQL's connection
// exception class (08), operator intervention (57P: shutting down, starting up) and full
// connection slots.
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
const SQLSTATE_PREFIXES = ["08", "57P"];
const DRIVER_MESSAGES =
  /^Connection terminated|^timeout exceeded when trying to connect|not queryable/;

export function isStoreUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as Error & { code?: unknown }).code;
  if (typeof code === "string") {
    if (SOCKET_CODES.has(code) || code === "53300") return true;
    if (SQLSTATE_PREFIXES.some((p) => code.startsWith(p))) return true;
  }
  return DRIVER_MESSAGES.test(err.message);
}
