import type { z } from "zod";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Who may call a route. The backend enforces it; the web app uses it to hide what a caller cannot do. */
export type RouteAccess = "public" | "session" | "agent";

type Schema = z.ZodType | undefined;

export interface RouteDef<
  A extends RouteAccess = RouteAccess,
  P extends Schema = Schema,
  Q extends Schema = Schema,
  B extends Schema = Schema,
  R extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  path: string;
  summary: string;
  access: A;
  /** Absent parts are `undefined`, so their types stay exact. */
  params: P;
  query: Q;
  body: B;
  response: R;
}

export function defineRoute<
  A extends RouteAccess,
  R extends z.ZodType,
  P extends Schema = undefined,
  Q extends Schema = undefined,
  B extends Schema = undefined,
>(def: {
  method: HttpMethod;
  path: string;
  summary: string;
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
}): RouteDef<A, P, Q, B, R> {
  return { ...def, params: def.params as P, query: def.query as Q, body: def.body as B };
}

type Output<S> = S extends z.ZodType ? z.output<S> : undefined;
type Input<S> = S extends z.ZodType ? z.input<S> : undefined;

export type ParamsOf<D extends RouteDef> = Output<D["params"]>;
export type QueryOf<D extends RouteDef> = Output<D["query"]>;
export type BodyOf<D extends RouteDef> = Output<D["body"]>;
export type QueryInputOf<D extends RouteDef> = Input<D["query"]>;
export type BodyInputOf<D extends RouteDef> = Input<D["body"]>;
export type ResponseOf<D extends RouteDef> = z.output<D["response"]>;

/** Fills `:name` placeholders of a route path. */
export function buildPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([a-zA-Z]+)/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`missing path parameter ${key} for ${path}`);
    return encodeURIComponent(value);
  });
}
