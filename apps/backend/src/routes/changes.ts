import { API_ROUTES } from "@logstag/api-contract";
import type { FastifyInstance } from "fastify";
import { registerRoute } from "../http/register-route.ts";
import { listChanges } from "../services/changes/list-changes.ts";
import { lookupSnapshotRows } from "../services/snapshots/lookup-rows.ts";
import type { RouteDeps } from "./route-deps.ts";

export function changeRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  registerRoute(app, db, API_ROUTES.changes.list, ({ ctx, params, query }) =>
    listChanges({ ctx, input: { ...params, ...query } }),
  );
  registerRoute(app, db, API_ROUTES.changes.rows, ({ ctx, params, query }) =>
    lookupSnapshotRows({ ctx, input: { ...params, ...query } }),
  );
}
