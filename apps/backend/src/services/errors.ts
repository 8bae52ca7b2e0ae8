import type { ApiErrorCode } from "@logstag/api-contract";

export interface ErrorDetail {
  path: string;
  message: string;
}

/** The one error type services throw for what a caller did wrong; the HTTP layer maps `code` to a status. */
export class AppError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    /** Seconds a caller should wait before retrying (rate limits, back-pressure). */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} not found`);
export const unauthenticated = (message = "sign in first") =>
  new AppError("unauthenticated", message);
export const forbidden = (message = "your role does not allow this") =>
  new AppError("forbidden", message);
export const badRequest = (message: string, details?: ErrorDetail[]) =>
  new AppError("bad_request", message, details);
/** The store cannot be reached; the driver's error (addresses, user names) stays in the log. */
export function storeUnavailable(cause: unknown): AppError {
  const err = new AppError("unavailable", "the store is unavailable", undefined, 5);
  err.cause = cause;
  return err;
}
