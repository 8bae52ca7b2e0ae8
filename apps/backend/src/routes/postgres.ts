import { API_ROUTES } from "@logstag/api-contract";
import type { FastifyInstance } from "fastify";
import { registerRoute } from "../http/register-route.ts";
import { getActivitySessions } from "../services/postgres/get-activity-sessions.ts";
import { getPostgresExtensions } from "../services/postgres/get-extensions.ts";
import { getPostgresInstance } from "../services/postgres/get-instance.ts";
import { getPostgresProgress } from "../services/postgres/get-progress.ts";
import { getPostgresRoles } from "../services/postgres/get-roles.ts";
import { getPostgresSettings } from "../services/postgres/get-settings.ts";
import { listActivitySamples } from "../services/postgres/list-activity-samples.ts";
import type { RouteDeps } from "./route-deps.ts";

export function postgresRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  const routes = API_ROUTES.postgres;
  registerRoute(app, db, routes.activitySamples, ({ ctx, params, query }) =>
    listActivitySamples({ ctx, input: { ...params, ...query } }),
  );
  registerRoute(app, db, routes.activitySessions, ({ ctx, params, query }) =>
    getActivitySessions({ ctx, input: { ...params, ...query } }),
  );
  registerRoute(app, db, routes.instance, ({ ctx, params }) =>
    getPostgresInstance({ ctx, input: params }),
  );
  registerRoute(app, db, routes.settings, ({ ctx, params }) =>
    getPostgresSettings({ ctx, input: params }),
  );
  registerRoute(app, db, routes.roles, ({ ctx, params }) =>
    getPostgresRoles({ ctx, input: params }),
  );
  registerRoute(app, db, routes.extensions, ({ ctx, params }) =>
    getPostgresExtensions({ ctx, input: params }),
  );
  registerRoute(app, db, routes.progress, ({ ctx, params }) =>
    getPostgresProgress({ ctx, input: params }),
  );
}
