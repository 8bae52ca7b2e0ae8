import type { RouteAccess, SessionInfo } from "@logstag/api-contract";
import type { FastifyRequest } from "fastify";
import { authenticateAgent } from "../services/agents/authenticate-agent.ts";
import { resolveSession } from "../services/auth/resolve-session.ts";
import type { AnonymousCtx, Ctx } from "../services/context.ts";
import type { Db } from "../store/db.ts";

export const SESSION_COOKIE = "logstag_session";

export type CtxFor<A extends RouteAccess> = A extends "public" ? AnonymousCtx : Ctx;

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith("Bearer ") ? header.slice(7).trim() : undefined;
}

export interface ResolvedContext {
  ctx: AnonymousCtx | Ctx;
  session?: SessionInfo;
}

/** Identifies the caller the way the route's access level asks: nobody, a session cookie, or an agent key. */
export async function buildContext(
  db: Db,
  access: RouteAccess,
  request: FastifyRequest,
): Promise<ResolvedContext> {
  switch (access) {
    case "public":
      return { ctx: { db } };
    case "agent":
      return { ctx: await authenticateAgent({ ctx: { db }, key: bearer(request) }) };
    case "session":
      return resolveSession({ ctx: { db }, token: request.cookies[SESSION_COOKIE] });
  }
}
