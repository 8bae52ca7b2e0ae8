import { type ApiErrorCode, apiErrorSchema } from "@logstag/api-contract";

/** An API call that did not succeed, carrying the contract's error code. */
export class ApiClientError extends Error {
  override readonly name = "ApiClientError";

  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

const CODE_BY_STATUS: Record<number, ApiErrorCode> = {
  400: "bad_request",
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "payload_too_large",
  415: "unsupported_media_type",
  429: "rate_limited",
  503: "unavailable",
};

/** Turns a non-2xx answer into an ApiClientError, tolerating bodies that are not the error shape. */
export function toApiClientError(status: number, body: unknown): ApiClientError {
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiClientError(status, code, message, details ?? []);
  }
  const code = CODE_BY_STATUS[status] ?? "internal";
  return new ApiClientError(status, code, `The server answered with HTTP ${status}.`);
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiClientError && error.status === 401;
}

/** Text for an error shown to the operator; never a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof ApiClientError) return error.message;
  if (error instanceof TypeError)
    return "The Logstag server could not be reached. Check that it is running.";
  if (error instanceof Error) return error.message;
  return "Something went wrong.";
}
