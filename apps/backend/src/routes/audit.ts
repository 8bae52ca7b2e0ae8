import { API_ROUTES } from "@logstag/api-contract";
import type { FastifyInstance } from "fastify";
import { registerRoute } from "../http/register-route.ts";
import { exportAuditLog } from "../services/audit/export-audit-log.ts";
import { listAuditLog } from "../services/audit/list-audit-log.ts";
import type { RouteDeps } from "./route-deps.ts";

export function auditRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  registerRoute(app, db, API_ROUTES.audit.list, ({ ctx, query }) =>
    listAuditLog({ ctx, input: query }),
  );
  registerRoute(app, db, API_ROUTES.audit.export, async ({ ctx, query, reply }) => {
    const csv = await exportAuditLog({ ctx, input: query });
    const day = new Date().toISOString().slice(0, 10);
    reply.header("content-disposition", `attachment; filename="logstag-audit-log-${day}.csv"`);
    return csv;
  });
}
