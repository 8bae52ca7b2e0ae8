import fastifyHelmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Response headers every answer carries. The web app is one origin with no inline script; Mantine
 * writes its theme into <style> elements at run time, which is why styles allow 'unsafe-inline'
 * and scripts do not. HSTS only when Logstag is reached over HTTPS.
 */
export async function addSecurityHeaders(
  app: FastifyInstance,
  publicUrl: string | undefined,
): Promise<void> {
  const httpsPublicUrl = publicUrl?.startsWith("https://") ?? false;
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(httpsPublicUrl ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: false,
    referrerPolicy: { policy: "no-referrer" },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook("onSend", async (request, reply) => {
    if (httpsPublicUrl || request.protocol === "https")
      reply.header("strict-transport-security", HSTS);
  });
}
