import { API_ROUTES } from "@logstag/api-contract";
import type { FastifyInstance } from "fastify";
import { registerRoute } from "../http/register-route.ts";
import { SESSION_COOKIE } from "../http/request-context.ts";
import { login } from "../services/auth/login.ts";
import { logout } from "../services/auth/logout.ts";
import type { RouteDeps } from "./route-deps.ts";

export function authRoutes(app: FastifyInstance, { db, config }: RouteDeps): void {
  registerRoute(app, db, API_ROUTES.auth.login, async ({ ctx, body, reply }) => {
    const result = await login({ ctx, input: body, ttlHours: config.sessionTtlHours });
    reply.setCookie(SESSION_COOKIE, result.token, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: config.cookieSecure,
      expires: result.expiresAt,
    });
    return result.session;
  });

  registerRoute(app, db, API_ROUTES.auth.logout, async ({ ctx, request, reply }) => {
    await logout({ ctx, token: request.cookies[SESSION_COOKIE] as string });
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return { ok: true as const };
  });

  registerRoute(app, db, API_ROUTES.auth.me, async ({ session }) => session);
}
