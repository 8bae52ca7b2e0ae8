// Errors that mean the store cannot be reached or is going away, as opposed to a bad statement:
// sockets refused or cut, the driver's own connection errors, and PostgreSQL's connection
// exception class (08), shutdown and start-up states (57P01-57P03) and full connection slots.
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
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
const DRIVER_MESSAGES =
  /^Connection terminated|^timeout exceeded when trying to connect|not queryable/;

export function isStoreUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as Error & { code?: unknown }).code;
  if (typeof code === "string" && (SOCKET_CODES.has(code) || SQLSTATES.has(code))) return true;
  if (typeof code === "string" && /^08[0-9A-Z]{3}$/.test(code)) return true;
  return DRIVER_MESSAGES.test(err.message);
}
