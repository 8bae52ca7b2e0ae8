import { API_ROUTES } from "@logstag/api-contract";
import type { FastifyInstance } from "fastify";
import { registerRoute } from "../http/register-route.ts";
import { getInstance } from "../services/instance/get-instance.ts";
import type { RouteDeps } from "./route-deps.ts";

export function instanceRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  registerRoute(app, db, API_ROUTES.instance.get, ({ ctx, params }) =>
    getInstance({ ctx, input: params }),
  );
}
