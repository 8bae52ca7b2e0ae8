import type { RouteAccess } from "@logstag/api-contract";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { authenticateAgent } from "../services/agents/authenticate-agent.ts";
import { authenticateApiKey } from "../services/auth/authenticate-api-key.ts";
import { resolveSession } from "../services/auth/resolve-session.ts";
import type { AnonymousCtx, Ctx, RequestSource } from "../services/context.ts";
import type { Db } from "../store/db.ts";
import { SESSION_COOKIE } from "./session-cookie.ts";

// The session cookie's name depends on the configuration (see session-cookie.ts).
const cookieNames = new WeakMap<FastifyInstance, string>();

export function useSessionCookieName(app: FastifyInstance, name: string): void {
  cookieNames.set(app, name);
}

export type CtxFor<A extends RouteAccess> = A extends "public" ? AnonymousCtx : Ctx;

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith("Bearer ") ? header.slice(7).trim() : undefined;
}

export function requestSource(request: FastifyRequest): RequestSource {
  return {
    address: request.ip || null,
    userAgent: request.headers["user-agent"]?.slice(0, 512) ?? null,
  };
}

/**
 * Identifies the caller the way the route's access asks: nobody, a person (an API key in the
 * Authorization header, else the session cookie), or an agent key. What they may do is checked
 * later, by the service.
 */
export async function buildContext(
  app: FastifyInstance,
  db: Db,
  access: RouteAccess,
  request: FastifyRequest,
): Promise<AnonymousCtx | Ctx> {
  const anonymous: AnonymousCtx = { db, source: requestSource(request) };
  switch (access) {
    case "public":
      return anonymous;
    case "agent":
      return authenticateAgent({ ctx: anonymous, key: bearer(request) });
    case "user": {
      const key = bearer(request);
      if (key !== undefined) return authenticateApiKey({ ctx: anonymous, key });
      return resolveSession({
        ctx: anonymous,
        token: request.cookies[cookieNames.get(app) ?? SESSION_COOKIE],
      });
    }
  }
}
