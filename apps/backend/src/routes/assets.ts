import { API_ROUTES } from "@logstag/api-contract";
import type { FastifyInstance } from "fastify";
import { registerRoute } from "../http/register-route.ts";
import { getTarget } from "../services/assets/get-target.ts";
import { listAssets } from "../services/assets/list-assets.ts";
import { breakdownSeries } from "../services/series/breakdown-series.ts";
import { querySeries } from "../services/series/query-series.ts";
import type { RouteDeps } from "./route-deps.ts";

export function assetRoutes(app: FastifyInstance, { db, config }: RouteDeps): void {
  const maxSeries = config.limits.seriesPerQuery;
  registerRoute(app, db, API_ROUTES.assets.list, ({ ctx }) => listAssets({ ctx }));
  registerRoute(app, db, API_ROUTES.assets.target, ({ ctx, params }) =>
    getTarget({ ctx, input: params }),
  );
  registerRoute(app, db, API_ROUTES.series.query, ({ ctx, params, query }) =>
    querySeries({ ctx, input: { targetId: params.targetId, ...query }, maxSeries }),
  );
  registerRoute(app, db, API_ROUTES.series.breakdown, ({ ctx, params, query }) =>
    breakdownSeries({ ctx, input: { targetId: params.targetId, ...query }, maxSeries }),
  );
}
