import type {
  BodyOf,
  Capability,
  ParamsOf,
  QueryOf,
  ResponseOf,
  RouteDef,
} from "@logstag/api-contract";
import { CAPABILITIES } from "@logstag/api-contract";
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchemaCompiler } from "fastify";
import type { FastifyRouteSchemaDef } from "fastify/types/schema.js";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { ZodType } from "zod";
import { requireCapability, wasAuthorized } from "../services/authz/authorize.ts";
import { PERMISSIONS } from "../services/authz/permissions.ts";
import type { AnonymousCtx, Ctx } from "../services/context.ts";
import { AppError } from "../services/errors.ts";
import type { Db } from "../store/db.ts";
import { buildContext, type CtxFor } from "./request-context.ts";

// Callers are identified before the body is read, so an anonymous request never costs a parse.
const contexts = new WeakMap<FastifyRequest, AnonymousCtx | Ctx>();

export interface HandlerArgs<D extends RouteDef> {
  ctx: CtxFor<D["access"]>;
  params: ParamsOf<D>;
  query: QueryOf<D>;
  body: BodyOf<D>;
  request: FastifyRequest;
  reply: FastifyReply;
}

export type Handler<D extends RouteDef> = (args: HandlerArgs<D>) => Promise<ResponseOf<D>>;

/** Largest body a route accepts unless it says otherwise; agent routes get LOGSTAG_BODY_LIMIT_BYTES. */
export const BODY_LIMITS = { public: 64 * 1024, user: 1024 * 1024 } as const;

export interface RouteOptions<D extends RouteDef> {
  /**
   * Runs once the caller is known and before the body is read (a refusal costs no parse); may
   * return a function that runs once the answer is sent or the request is aborted.
   */
  beforeBody?: (ctx: CtxFor<D["access"]>) => Promise<(() => void) | undefined>;
  bodyLimit?: number;
  /**
   * A faster check of the body with exactly the rules of `def.body`, for hot routes: returns the
   * parsed body, or undefined when anything is wrong (the schema then runs, for its messages).
   */
  fastBody?: (body: unknown) => BodyOf<D> | undefined;
}

const SECURITY = {
  public: undefined,
  user: [{ session: [] }, { userKey: [] }],
  agent: [{ agentKey: [] }],
} as const;

/** Registers a contract route: schemas, OpenAPI, caller identification; the handler only calls a service. */
export function registerRoute<D extends RouteDef>(
  app: FastifyInstance,
  db: Db,
  def: D,
  handler: Handler<D>,
  options: RouteOptions<D> = {},
): void {
  const security = SECURITY[def.access];
  const bodyLimit =
    options.bodyLimit ?? (def.access === "agent" ? undefined : BODY_LIMITS[def.access]);
  const { beforeBody } = options;
  app.withTypeProvider<ZodTypeProvider>().route({
    method: def.method,
    url: def.path,
    ...(bodyLimit ? { bodyLimit } : {}),
    ...(options.fastBody ? { validatorCompiler: withFastBody(options.fastBody) } : {}),
    schema: {
      summary: def.summary,
      ...(def.capability ? { description: describeCapability(def.capability) } : {}),
      tags: [def.path.split("/")[3] ?? "system"],
      ...(security ? { security: [...security] } : {}),
      ...(def.params ? { params: def.params } : {}),
      ...(def.query ? { querystring: def.query } : {}),
      ...(def.body ? { body: def.body } : {}),
      ...(def.responseType === "json" ? { response: { 200: def.response } } : {}),
    },
    onRequest: async (request, reply) => {
      const ctx = await buildContext(app, db, def.access, request);
      contexts.set(request, ctx);
      if (def.capability) requireCapability(ctx as Ctx, def.capability);
      // Still before the body: the stream is not read (nor decompressed) until this resolves.
      const done = await beforeBody?.(ctx as CtxFor<D["access"]>);
      if (!done) return;
      // "close" comes once the answer is sent or the connection is gone, whichever happens;
      // a client that left while waiting gets nothing and hands its turn back at once.
      if (reply.raw.closed || reply.raw.destroyed) done();
      else reply.raw.once("close", done);
    },
    handler: async (request, reply) => {
      const ctx = contexts.get(request) as AnonymousCtx | Ctx;
      const result = await handler({
        ctx: ctx as CtxFor<D["access"]>,
        params: request.params as ParamsOf<D>,
        query: request.query as QueryOf<D>,
        body: request.body as BodyOf<D>,
        request,
        reply,
      });
      // A service that skipped its check must fail loudly, not answer anyone.
      if (def.capability && !wasAuthorized(ctx as Ctx, def.capability)) {
        throw new AppError(
          "internal",
          `${def.method} ${def.path} did not check capability ${def.capability}`,
        );
      }
      if (def.responseType === "csv") reply.type("text/csv; charset=utf-8");
      // Other file routes set their own type and disposition.
      return result;
    },
  });
}

/** Fastify types a route's compiler by the route's schema object; every part of ours is a zod type. */
function withFastBody<S>(fast: (body: unknown) => unknown): FastifySchemaCompiler<S> {
  return (route) => {
    const schemaCheck = validatorCompiler(route as FastifyRouteSchemaDef<ZodType>);
    if (route.httpPart !== "body") return schemaCheck;
    return (data) => {
      const value = fast(data);
      return value === undefined ? schemaCheck(data) : { value };
    };
  };
}

function describeCapability(capability: Capability): string {
  const { kind, summary } = CAPABILITIES[capability];
  const keys = {
    read: "user API keys: read or read-write",
    write: "user API keys: read-write only",
    session: "a signed-in session only, no API key",
  }[kind];
  return `Capability \`${capability}\` (${summary}). Roles: ${PERMISSIONS[capability].join(", ")}; ${keys}.`;
}
