import type { z } from "zod";
import type { Capability } from "./permissions.ts";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * How a route identifies its caller: nobody (`public`), a person by session cookie or user API key
 * (`user`, which also names the capability the caller must hold), or an agent key (`agent`).
 */
export type RouteAccess = "public" | "user" | "agent";

/** `json` unless the route answers with a file to download (`download`: a JSON file). */
export type ResponseType = "json" | "csv" | "html" | "pdf" | "download";

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
  /** Set on every `user` route; the service checks it first. */
  capability: A extends "user" ? Capability : undefined;
  responseType: ResponseType;
  /** Absent parts are `undefined`, so their types stay exact. */
  params: P;
  query: Q;
  body: B;
  response: R;
}

interface RouteInput<R extends z.ZodType, P extends Schema, Q extends Schema, B extends Schema> {
  method: HttpMethod;
  path: string;
  summary: string;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  responseType?: ResponseType;
}

export function defineRoute<
  R extends z.ZodType,
  P extends Schema = undefined,
  Q extends Schema = undefined,
  B extends Schema = undefined,
>(
  def: RouteInput<R, P, Q, B> & { access: "user"; capability: Capability },
): RouteDef<"user", P, Q, B, R>;
export function defineRoute<
  A extends "public" | "agent",
  R extends z.ZodType,
  P extends Schema = undefined,
  Q extends Schema = undefined,
  B extends Schema = undefined,
>(def: RouteInput<R, P, Q, B> & { access: A; capability?: never }): RouteDef<A, P, Q, B, R>;
export function defineRoute(
  def: RouteInput<z.ZodType, Schema, Schema, Schema> & {
    access: RouteAccess;
    capability?: Capability;
  },
): RouteDef {
  return {
    ...def,
    capability: def.capability,
    responseType: def.responseType ?? "json",
    params: def.params,
    query: def.query,
    body: def.body,
  };
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
