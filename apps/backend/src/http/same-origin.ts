import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "../services/errors.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// `none`: the person typed the address or used a bookmark, which no other site can cause.
const OWN_FETCH_SITES = new Set(["same-origin", "none"]);

const crossSite = () =>
  new AppError(
    "forbidden",
    "cross-site request refused: Logstag accepts changes only from its own pages",
  );

/**
 * CSRF defence that does not rely on SameSite cookies or JSON bodies: a browser names the page that
 * sent an unsafe request (`Sec-Fetch-Site`, `Origin`), and anything but Logstag's own origin is
 * refused. Requests with a Bearer key are not cookie-based (agents, scripts) and pass; so do
 * clients that send neither header, which are not browsers.
 */
export function refuseCrossSiteRequests(app: FastifyInstance, publicUrl: string | undefined): void {
  const publicOrigin = publicUrl ? new URL(publicUrl).origin : undefined;
  const isOwnOrigin = (request: FastifyRequest, origin: string) =>
    origin === publicOrigin || origin === `${request.protocol}://${request.host}`;

  app.addHook("onRequest", async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (request.headers.authorization?.startsWith("Bearer ")) return;
    const site = request.headers["sec-fetch-site"];
    if (site !== undefined && !OWN_FETCH_SITES.has(site)) throw crossSite();
    const origin = request.headers.origin;
    if (origin !== undefined && !isOwnOrigin(request, origin)) throw crossSite();
  });
}
