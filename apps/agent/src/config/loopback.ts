import { isIP } from "node:net";

/** Hosts whose traffic never leaves the machine: no encryption needed to keep secrets. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (h === "localhost" || h.endsWith(".localhost")) return true;
  // A Unix socket directory (PostgreSQL's host = "/run/postgresql").
  if (h.startsWith("/")) return true;
  if (isIP(h) === 4) return h.startsWith("127.");
  return h === "::1" || h === "0:0:0:0:0:0:0:1";
}
