import { snapshotRoutesByKind } from "@logstag/api-contract";
import { SNAPSHOT_KIND_NAMES, type SnapshotKind } from "@logstag/protocol";
import type { FastifyInstance } from "fastify";
import { registerRoute } from "../http/register-route.ts";
import { getSnapshot } from "../services/snapshots/get-snapshot.ts";
import { listSnapshotTimes } from "../services/snapshots/list-snapshot-times.ts";
import { listSnapshots } from "../services/snapshots/list-snapshots.ts";
import type { RouteDeps } from "./route-deps.ts";

function registerKind<K extends SnapshotKind>(app: FastifyInstance, { db }: RouteDeps, kind: K) {
  const routes = snapshotRoutesByKind[kind];
  registerRoute(app, db, routes.at, ({ ctx, params, query }) =>
    getSnapshot({ ctx, input: { ...params, kind, at: query.at } }),
  );
  registerRoute(app, db, routes.times, ({ ctx, params, query }) =>
    listSnapshotTimes({ ctx, input: { ...params, ...query, kind } }),
  );
  registerRoute(app, db, routes.range, ({ ctx, params, query }) =>
    listSnapshots({ ctx, input: { ...params, ...query, kind } }),
  );
}

/** The latest/at, times and range routes of every snapshot kind of every engine. */
export function snapshotRoutes(app: FastifyInstance, deps: RouteDeps): void {
  for (const kind of SNAPSHOT_KIND_NAMES) registerKind(app, deps, kind);
}
