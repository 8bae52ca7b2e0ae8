import type {
  BodyOf,
  Capability,
  ParamsOf,
  QueryOf,
  ResponseOf,
  RouteDef,
} from "@logstag/api-contract";
import { CAPABILITIES } from "@logstag/api-contract";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { wasAuthorized } from "../services/authz/authorize.ts";
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
): void {
  const security = SECURITY[def.access];
  app.withTypeProvider<ZodTypeProvider>().route({
    method: def.method,
    url: def.path,
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
    onRequest: async (request) => {
      contexts.set(request, await buildContext(db, def.access, request));
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

function describeCapability(capability: Capability): string {
  const { kind, summary } = CAPABILITIES[capability];
  const keys = {
    read: "user API keys: read or read-write",
    write: "user API keys: read-write only",
    session: "a signed-in session only, no API key",
  }[kind];
  return `Capability \`${capability}\` (${summary}). Roles: ${PERMISSIONS[capability].join(", ")}; ${keys}.`;
}
