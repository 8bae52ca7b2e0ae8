import { existsSync } from "node:fs";
import fastifyCompress from "@fastify/compress";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import type { BackendConfig } from "../config.ts";
import { createBackendMetrics } from "../monitoring/backend-metrics.ts";
import { agentRoutes } from "../routes/agent.ts";
import { alertRoutes } from "../routes/alerts.ts";
import { apiKeyRoutes } from "../routes/api-keys.ts";
import { assetRoutes } from "../routes/assets.ts";
import { auditRoutes } from "../routes/audit.ts";
import { authRoutes } from "../routes/auth.ts";
import { changeRoutes } from "../routes/changes.ts";
import { healthRoutes } from "../routes/health.ts";
import { healthCheckRoutes } from "../routes/health-checks.ts";
import { instanceRoutes } from "../routes/instance.ts";
import { integrationRoutes } from "../routes/integrations.ts";
import { passwordRoutes } from "../routes/passwords.ts";
import { reportScheduleRoutes } from "../routes/report-schedules.ts";
import type { RouteDeps } from "../routes/route-deps.ts";
import { snapshotRoutes } from "../routes/snapshots.ts";
import { userRoutes } from "../routes/users.ts";
import { AppError } from "../services/errors.ts";
import type { Db } from "../store/db.ts";
import { handleError } from "./error-handler.ts";
import { useSessionCookieName } from "./request-context.ts";
import { requestDecompressors } from "./request-decompression.ts";
import { trackRoutes } from "./route-inventory.ts";
import { refuseCrossSiteRequests } from "./same-origin.ts";
import { addSecurityHeaders } from "./security-headers.ts";
import { sessionCookieName } from "./session-cookie.ts";

export const ROUTE_GROUPS = [
  healthRoutes,
  authRoutes,
  passwordRoutes,
  userRoutes,
  apiKeyRoutes,
  auditRoutes,
  assetRoutes,
  agentRoutes,
  instanceRoutes,
  snapshotRoutes,
  alertRoutes,
  integrationRoutes,
  changeRoutes,
  healthCheckRoutes,
  reportScheduleRoutes,
];

const metricsRegistries = new WeakMap<FastifyInstance, Registry>();

/** The app's Prometheus registry when LOGSTAG_METRICS_PORT is set. */
export const metricsRegistryOf = (app: FastifyInstance) => metricsRegistries.get(app);

export async function buildApp(opts: {
  db: Db;
  config: BackendConfig;
  logger: Logger;
  version: string;
}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: opts.logger,
    bodyLimit: opts.config.bodyLimitBytes,
    // One line per agent post would drown everything else; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: opts.config.trustProxy,
  }) as unknown as FastifyInstance;
  trackRoutes(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  // Every API body is JSON; anything else is refused with 415 rather than parsed as text.
  app.removeContentTypeParser("text/plain");

  await app.register(fastifyCookie);
  useSessionCookieName(app, sessionCookieName(opts.config));
  await addSecurityHeaders(app, opts.config.accounts.publicUrl);
  refuseCrossSiteRequests(app, opts.config.accounts.publicUrl);
  await app.register(fastifyCompress, {
    requestEncodings: ["gzip", "deflate"],
    zlib: requestDecompressors,
    // The plugin copies these fields onto its own error, which then reaches handleError by status.
    onInvalidRequestPayload: (encoding) => ({
      name: "InvalidCompressedBody",
      message: `the body is not valid ${encoding} data`,
      statusCode: 400,
    }),
    onUnsupportedRequestEncoding: (encoding) =>
      new AppError(
        "unsupported_media_type",
        `content encoding ${encoding} is not supported; use gzip`,
      ),
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: "Logstag API", version: opts.version },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "logstag_session" },
          userKey: { type: "http", scheme: "bearer", description: "user API key (lsu_…)" },
          agentKey: { type: "http", scheme: "bearer", description: "agent key (lsa_…)" },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });

  // Before the routes, so its request hook sees every one of them.
  if (opts.config.metrics) metricsRegistries.set(app, createBackendMetrics(app, opts.db));
  const deps: RouteDeps = { db: opts.db, config: opts.config, version: opts.version };
  for (const group of ROUTE_GROUPS) group(app, deps);
  await serveWebApp(app, opts.config.webDist);
  return app;
}

/**
 * Serves the built web app, reading files on each request (a rebuild needs no restart), with a
 * fallback to index.html for client-side routes. API paths and missing files stay 404s.
 */
async function serveWebApp(app: FastifyInstance, dist: string): Promise<void> {
  const hasWeb = () => existsSync(`${dist}/index.html`);
  await app.register(fastifyStatic, { root: dist, wildcard: true });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] as string;
    const isApi = path.startsWith("/api/") || path === "/healthz";
    const isFile = /\.[a-z0-9]+$/i.test(path);
    if (isApi || isFile || request.method !== "GET") {
      return handleError(
        new AppError("not_found", `no route ${request.method} ${path}`),
        request,
        reply,
      );
    }
    if (!hasWeb())
      return reply
        .status(503)
        .type("text/plain")
        .send("The web app is not built: run `npm run build`.");
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}
