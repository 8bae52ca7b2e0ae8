import type {
  BodyOf,
  ParamsOf,
  QueryOf,
  ResponseOf,
  RouteDef,
  SessionInfo,
} from "@logstag/api-contract";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Db } from "../store/db.ts";
import { buildContext, type CtxFor, type ResolvedContext } from "./request-context.ts";

// Callers are identified before the body is read, so an anonymous request never costs a parse.
const contexts = new WeakMap<FastifyRequest, ResolvedContext>();

export interface HandlerArgs<D extends RouteDef> {
  ctx: CtxFor<D["access"]>;
  session: D["access"] extends "session" ? SessionInfo : undefined;
  params: ParamsOf<D>;
  query: QueryOf<D>;
  body: BodyOf<D>;
  request: FastifyRequest;
  reply: FastifyReply;
}

export type Handler<D extends RouteDef> = (args: HandlerArgs<D>) => Promise<ResponseOf<D>>;

/** Registers a contract route: schemas, OpenAPI, caller identification; the handler only calls a service. */
export function registerRoute<D extends RouteDef>(
  app: FastifyInstance,
  db: Db,
  def: D,
  handler: Handler<D>,
): void {
  app.withTypeProvider<ZodTypeProvider>().route({
    method: def.method,
    url: def.path,
    schema: {
      summary: def.summary,
      tags: [def.path.split("/")[3] ?? "system"],
      ...(def.access === "agent" ? { security: [{ agentKey: [] }] } : {}),
      ...(def.access === "session" ? { security: [{ session: [] }] } : {}),
      ...(def.params ? { params: def.params } : {}),
      ...(def.query ? { querystring: def.query } : {}),
      ...(def.body ? { body: def.body } : {}),
      response: { 200: def.response },
    },
    onRequest: async (request) => {
      contexts.set(request, await buildContext(db, def.access, request));
    },
    handler: async (request, reply) => {
      const { ctx, session } = contexts.get(request) as ResolvedContext;
      return handler({
        ctx: ctx as CtxFor<D["access"]>,
        session: session as HandlerArgs<D>["session"],
        params: request.params as ParamsOf<D>,
        query: request.query as QueryOf<D>,
        body: request.body as BodyOf<D>,
        request,
        reply,
      });
    },
  });
}
