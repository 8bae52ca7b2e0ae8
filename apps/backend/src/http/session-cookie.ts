import type { FastifyReply } from "fastify";
import type { BackendConfig } from "../config.ts";

export const SESSION_COOKIE = "logstag_session";

/**
 * Over HTTPS the cookie is Secure and carries the `__Host-` prefix: the browser then accepts it
 * only from this exact host, so a sibling subdomain cannot plant a session of its own.
 */
export function sessionCookieName(config: Pick<BackendConfig, "cookieSecure">): string {
  return config.cookieSecure ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}

export function setSessionCookie(
  reply: FastifyReply,
  config: BackendConfig,
  session: { token: string; expiresAt: Date },
): void {
  reply.setCookie(sessionCookieName(config), session.token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: config.cookieSecure,
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: BackendConfig): void {
  reply.clearCookie(sessionCookieName(config), { path: "/", secure: config.cookieSecure });
}
