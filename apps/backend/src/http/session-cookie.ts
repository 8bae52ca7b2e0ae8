import type { FastifyReply } from "fastify";
import type { BackendConfig } from "../config.ts";
import { SESSION_COOKIE } from "./request-context.ts";

export function setSessionCookie(
  reply: FastifyReply,
  config: BackendConfig,
  session: { token: string; expiresAt: Date },
): void {
  reply.setCookie(SESSION_COOKIE, session.token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: config.cookieSecure,
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
}
