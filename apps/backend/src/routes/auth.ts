import { API_ROUTES } from "@logstag/api-contract";
import type { FastifyInstance } from "fastify";
import { registerRoute } from "../http/register-route.ts";
import { buildContext } from "../http/request-context.ts";
import { clearSessionCookie, setSessionCookie } from "../http/session-cookie.ts";
import { describeCaller } from "../services/auth/describe-caller.ts";
import { login } from "../services/auth/login.ts";
import { logout } from "../services/auth/logout.ts";
import { signOutEverywhere } from "../services/auth/sign-out-everywhere.ts";
import { switchOrganization } from "../services/auth/switch-organization.ts";
import type { Ctx } from "../services/context.ts";
import { AppError } from "../services/errors.ts";
import type { RouteDeps } from "./route-deps.ts";

export function authRoutes(app: FastifyInstance, { db, config }: RouteDeps): void {
  const settings = { ttlHours: config.sessionTtlHours, limits: config.accounts.login };

  registerRoute(app, db, API_ROUTES.auth.login, async ({ ctx, body, reply }) => {
    const result = await login({ ctx, input: body, settings });
    setSessionCookie(reply, config, result);
    return result.session;
  });

  registerRoute(app, db, API_ROUTES.auth.logout, async ({ ctx, reply }) => {
    await logout({ ctx });
    clearSessionCookie(reply, config);
    return { ok: true as const };
  });

  registerRoute(app, db, API_ROUTES.auth.me, ({ ctx }) => describeCaller({ ctx }));

  // The same answer for whoever may be signed in; nobody (or a stale cookie) gets null.
  registerRoute(app, db, API_ROUTES.auth.session, async ({ request }) => {
    try {
      const ctx = (await buildContext(app, db, "user", request)) as Ctx;
      return { session: await describeCaller({ ctx }) };
    } catch (error) {
      if (error instanceof AppError && error.code === "unauthenticated") return { session: null };
      throw error;
    }
  });

  registerRoute(app, db, API_ROUTES.auth.switchOrganization, async ({ ctx, body, reply }) => {
    const { session, info } = await switchOrganization({ ctx, input: body });
    setSessionCookie(reply, config, session);
    return info;
  });

  registerRoute(app, db, API_ROUTES.auth.signOutEverywhere, async ({ ctx, reply }) => {
    await signOutEverywhere({ ctx });
    clearSessionCookie(reply, config);
    return { ok: true as const };
  });
}
