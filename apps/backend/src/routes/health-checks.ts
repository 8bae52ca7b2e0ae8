import { API_ROUTES } from "@logstag/api-contract";
import type { FastifyInstance, FastifyReply } from "fastify";
import { registerRoute } from "../http/register-route.ts";
import { getCheckCatalog } from "../services/health/check-catalog.ts";
import { createMute } from "../services/health/create-mute.ts";
import { endMute } from "../services/health/end-mute.ts";
import { type ExportedReport, exportReport } from "../services/health/export-report.ts";
import { generateReport } from "../services/health/generate-report.ts";
import { getFleet } from "../services/health/get-fleet.ts";
import { getReport } from "../services/health/get-report.ts";
import { listMutes } from "../services/health/list-mutes.ts";
import { listReports } from "../services/health/list-reports.ts";
import { scoreHistory } from "../services/health/score-history.ts";
import type { RouteDeps } from "./route-deps.ts";

const routes = API_ROUTES.healthChecks;

function sendFile(reply: FastifyReply, file: ExportedReport): string {
  reply.header("content-disposition", `attachment; filename="${file.fileName}"`);
  reply.type(file.contentType);
  // The contract types file bodies as strings; a PDF goes out as the bytes it is.
  return file.body as string;
}

export function healthCheckRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  registerRoute(app, db, routes.catalog, ({ ctx }) => getCheckCatalog({ ctx }));
  registerRoute(app, db, routes.fleet, ({ ctx }) => getFleet({ ctx }));
  registerRoute(app, db, routes.generate, ({ ctx, params }) =>
    generateReport({ ctx, input: { targetId: params.targetId, trigger: "manual" } }),
  );
  registerRoute(app, db, routes.history, ({ ctx, params, query }) =>
    scoreHistory({ ctx, input: { targetId: params.targetId, days: query.days } }),
  );
  registerRoute(app, db, routes.list, ({ ctx, query }) => listReports({ ctx, input: query }));
  registerRoute(app, db, routes.get, ({ ctx, params }) => getReport({ ctx, input: params }));
  for (const [route, format] of [
    [routes.exportJson, "json"],
    [routes.exportHtml, "html"],
    [routes.exportPdf, "pdf"],
  ] as const) {
    registerRoute(app, db, route, async ({ ctx, params, reply }) =>
      sendFile(reply, await exportReport({ ctx, input: { reportId: params.reportId, format } })),
    );
  }
  registerRoute(app, db, routes.mutes, ({ ctx, params }) => listMutes({ ctx, input: params }));
  registerRoute(app, db, routes.mute, ({ ctx, params, body }) =>
    createMute({ ctx, input: { ...body, targetId: params.targetId } }),
  );
  registerRoute(app, db, routes.unmute, ({ ctx, params }) => endMute({ ctx, input: params }));
}
