import { promisify } from "node:util";
import { gzip } from "node:zlib";

const gzipAsync = promisify(gzip);
const REQUEST_TIMEOUT_MS = 30_000;

export interface BackendResponse {
  status: number;
  retryAfter: string | null;
  body: string;
}

export interface BackendClient {
  /** POSTs `body` as JSON with the agent key; rejects only when the backend could not be reached. */
  post(
    path: string,
    body: unknown,
    options: { gzip: boolean; signal: AbortSignal },
  ): Promise<BackendResponse>;
  /** Scheme, host and port of the backend, for log lines. */
  readonly origin: string;
}

export function createBackendClient(backend: { url: string; apiKey: string }): BackendClient {
  return {
    origin: new URL(backend.url).origin,
    async post(path, body, options) {
      const json = JSON.stringify(body);
      const headers: Record<string, string> = {
        "content-type": "application/json",
        authorization: `Bearer ${backend.apiKey}`,
      };
      if (options.gzip) headers["content-encoding"] = "gzip";
      const response = await fetch(`${backend.url}${path}`, {
        method: "POST",
        headers,
        body: options.gzip ? await gzipAsync(json) : json,
        signal: AbortSignal.any([options.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]),
      });
      const text = await response.text().catch(() => "");
      return {
        status: response.status,
        retryAfter: response.headers.get("retry-after"),
        body: text,
      };
    },
  };
}

/** "connect ECONNREFUSED 127.0.0.1:8080" rather than fetch's bare "fetch failed". */
export function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === "TimeoutError" || error.name === "AbortError") return "request timed out";
  const cause = error.cause;
  if (cause instanceof Error && cause.message) return cause.message;
  return error.message;
}
