/** What the shipper does with a batch after the backend answered. */
export type SendOutcome =
  | { action: "sent" }
  /** Can never succeed as it is (malformed or too large). */
  | { action: "drop"; tooLarge: boolean }
  /** The backend refused the agent key: retry slowly, an operator must act. */
  | { action: "rejected" }
  /** Temporary: retry after `afterMs`, or after the backoff when the backend did not say. */
  | { action: "retry"; afterMs?: number }
  /** Unexpected answer (wrong URL?): retry slowly. */
  | { action: "misconfigured" };

const MAX_RETRY_AFTER_MS = 10 * 60_000;

export function classifyResponse(
  status: number,
  retryAfter: string | null,
  now: number = Date.now(),
): SendOutcome {
  if (status >= 200 && status < 300) return { action: "sent" };
  if (status === 400 || status === 413) return { action: "drop", tooLarge: status === 413 };
  if (status === 401 || status === 403) return { action: "rejected" };
  if (status === 408 || status === 425 || status === 429 || status >= 500) {
    const afterMs = parseRetryAfter(retryAfter, now);
    return afterMs === undefined ? { action: "retry" } : { action: "retry", afterMs };
  }
  return { action: "misconfigured" };
}

/** Retry-After is either whole seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const ms = /^\d+$/.test(value.trim()) ? Number(value) * 1000 : Date.parse(value) - now;
  if (Number.isNaN(ms)) return undefined;
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}
