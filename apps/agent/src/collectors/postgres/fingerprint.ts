import { createHash } from "node:crypto";
import { normalizeQuery } from "@logstag/protocol";

export { normalizeQuery };

/**
 * A stable id for the statement behind a query text: 16 hex digits of SHA-256 of the normalized
 * text. A text cut short by track_activity_query_size or the agent is fingerprinted as cut.
 */
export function fingerprintQuery(text: string): string | null {
  const normalized = normalizeQuery(text);
  if (normalized === "") return null;
  return createHash("sha256").update(normalized).digest("hex").slice(0, 16);
}
