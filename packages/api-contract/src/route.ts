import type { z } from "zod";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Who may call a route. The backend enforces it; the web app uses it to hide what a caller cannot do. */
export type RouteAccess = "public" | "session" | "agent";

export interface RouteDef<
  P extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  path: string;
  summary: string;
  access: RouteAccess;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
}

export function defineRoute<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType = z.ZodType,
>(def: RouteDef<P, Q, B, R>): RouteDef<P, Q, B, R> {
  return def;
}

export type ResponseOf<T> = T extends RouteDef<infer _P, infer _Q, infer _B, infer R> ? z.infer<R> : never;
export type BodyOf<T> = T extends RouteDef<infer _P, infer _Q, infer B, infer _R>
  ? B extends z.ZodType
    ? z.input<B>
    : never
  : never;
export type QueryOf<T> = T extends RouteDef<infer _P, infer Q, infer _B, infer _R>
  ? Q extends z.ZodType
    ? z.input<Q>
    : never
  : never;

/** Fills `:name` placeholders of a route path. */
export function buildPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([a-zA-Z]+)/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`missing path parameter ${key} for ${path}`);
    return encodeURIComponent(value);
  });
}
