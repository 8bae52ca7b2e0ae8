import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
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
  const base = new URL(backend.url);
  // node:http rather than fetch: undici costs the agent about 10 MB of memory for nothing here.
  const send = base.protocol === "https:" ? httpsRequest : httpRequest;
  return {
    origin: base.origin,
    async post(path, body, options) {
      const json = JSON.stringify(body);
      const payload = options.gzip ? await gzipAsync(json) : Buffer.from(json);
      const headers: Record<string, string> = {
        "content-type": "application/json",
        "content-length": String(payload.length),
        authorization: `Bearer ${backend.apiKey}`,
      };
      if (options.gzip) headers["content-encoding"] = "gzip";
      const signal = AbortSignal.any([options.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]);
      const response = await new Promise<IncomingMessage>((resolve, reject) => {
        const req = send(new URL(`${backend.url}${path}`), { method: "POST", headers, signal });
        req.once("response", resolve);
        req.once("error", (error) =>
          reject(signal.aborted && signal.reason instanceof Error ? signal.reason : error),
        );
        req.end(payload);
      });
      const chunks: Buffer[] = [];
      const text = await new Promise<string>((resolve) => {
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
        response.once("error", () => resolve(""));
      });
      const retryAfter = response.headers["retry-after"];
      return {
        status: response.statusCode ?? 0,
        retryAfter: typeof retryAfter === "string" ? retryAfter : null,
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
