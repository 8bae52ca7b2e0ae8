import { buildPath, type ResponseOf, type RouteDef } from "@logstag/api-contract";
import type { z } from "zod";
import { ApiClientError, toApiClientError } from "./api-error.ts";

/** Read from the route's own properties: positional inference over RouteDef's generics mixes them up. */
export type QueryInput<T> = T extends { query?: infer Q }
  ? Q extends z.ZodType
    ? z.input<Q>
    : never
  : never;
export type BodyInput<T> = T extends { body?: infer B }
  ? B extends z.ZodType
    ? z.input<B>
    : never
  : never;

export interface RequestOptions<T extends RouteDef> {
  params?: Record<string, string>;
  query?: QueryInput<T>;
  body?: BodyInput<T>;
  signal?: AbortSignal;
}

/** Calls one route of the contract with the session cookie and returns its parsed, typed response. */
export async function apiRequest<T extends RouteDef>(
  route: T,
  options: RequestOptions<T> = {},
): Promise<ResponseOf<T>> {
  const url = buildPath(route.path, options.params) + toSearch(options.query);
  const hasBody = options.body !== undefined;
  const response = await fetch(url, {
    method: route.method,
    credentials: "include",
    headers: hasBody
      ? { accept: "application/json", "content-type": "application/json" }
      : { accept: "application/json" },
    body: hasBody ? JSON.stringify(options.body) : undefined,
    signal: options.signal,
  });
  const body = await readJson(response);
  if (!response.ok) throw toApiClientError(response.status, body);
  const parsed = route.response.safeParse(body);
  if (!parsed.success) {
    throw new ApiClientError(
      response.status,
      "internal",
      `The server's answer to ${route.method} ${route.path} does not match the API contract.`,
    );
  }
  return asResponse<T>(parsed.data);
}

/** The value was just parsed by `route.response`, so it has that schema's output type. */
function asResponse<T extends RouteDef>(value: unknown): ResponseOf<T> {
  return value as ResponseOf<T>;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toSearch(query: unknown): string {
  if (query === undefined || query === null || typeof query !== "object") return "";
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}
