import { API_ROUTES } from "@logstag/api-contract";
import type { FastifyInstance } from "fastify";
import { registerRoute } from "../http/register-route.ts";
import { checkStore } from "../services/system/check-store.ts";
import type { RouteDeps } from "./route-deps.ts";

export function healthRoutes(app: FastifyInstance, { db, version }: RouteDeps): void {
  registerRoute(app, db, API_ROUTES.health.healthz, async ({ ctx }) => {
    await checkStore({ ctx });
    return { status: "ok" as const, version };
  });
}
