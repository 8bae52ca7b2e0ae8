import type { ApiError, ApiErrorCode } from "@logstag/api-contract";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError, storeUnavailable } from "../services/errors.ts";
import { isStoreUnavailable } from "../store/store-unavailable.ts";

/** The one place where error codes become HTTP statuses. */
export const HTTP_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
} as const satisfies Record<ApiErrorCode, number>;

const CODE_BY_STATUS = new Map<number, ApiErrorCode>(
  Object.entries(HTTP_STATUS).map(([code, status]) => [status, code as ApiErrorCode]),
);

function toAppError(err: FastifyError | Error): AppError {
  if (err instanceof AppError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = (err as FastifyError).validationContext ?? "request";
    const details = err.validation.map((v) => ({
      path: where + v.instancePath.replaceAll("/", "."),
      message: v.message ?? "invalid",
    }));
    return new AppError(
      "bad_request",
      `invalid ${where}: ${details[0]?.path}: ${details[0]?.message}`,
      details,
    );
  }
  const status = (err as FastifyError).statusCode;
  if (status && status >= 400 && status < 500) {
    return new AppError(CODE_BY_STATUS.get(status) ?? "bad_request", err.message);
  }
  // The caller (an agent above all) should retry.
  if (isStoreUnavailable(err)) return storeUnavailable(err);
  return new AppError("internal", "internal error; the backend log has the details");
}

export function handleError(
  err: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const appError = toAppError(err);
  if (appError.code === "internal") request.log.error({ err }, "request failed");
  // What the caller is not told (e.g. why the store is unavailable) is kept for the operator.
  else if (appError.cause !== undefined)
    request.log.warn(
      { err: appError.cause },
      `${request.method} ${request.url}: ${appError.message}`,
    );
  const body: ApiError = {
    error: {
      code: appError.code,
      message: appError.message,
      ...(appError.details ? { details: appError.details } : {}),
    },
  };
  if (appError.retryAfter !== undefined) reply.header("Retry-After", String(appError.retryAfter));
  return reply.status(HTTP_STATUS[appError.code]).send(body);
}
