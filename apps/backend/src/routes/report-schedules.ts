import { API_ROUTES } from "@logstag/api-contract";
import type { FastifyInstance } from "fastify";
import { registerRoute } from "../http/register-route.ts";
import { createSchedule } from "../services/report-schedules/create-schedule.ts";
import { deleteSchedule } from "../services/report-schedules/delete-schedule.ts";
import { listSchedules } from "../services/report-schedules/list-schedules.ts";
import { updateSchedule } from "../services/report-schedules/update-schedule.ts";
import type { RouteDeps } from "./route-deps.ts";

const routes = API_ROUTES.reportSchedules;

export function reportScheduleRoutes(app: FastifyInstance, { db, config }: RouteDeps): void {
  const mailConfigured = config.accounts.smtp !== undefined;
  registerRoute(app, db, routes.list, ({ ctx }) => listSchedules({ ctx, mailConfigured }));
  registerRoute(app, db, routes.create, ({ ctx, body }) => createSchedule({ ctx, input: body }));
  registerRoute(app, db, routes.update, ({ ctx, params, body }) =>
    updateSchedule({ ctx, input: { ...body, scheduleId: params.scheduleId } }),
  );
  registerRoute(app, db, routes.remove, ({ ctx, params }) =>
    deleteSchedule({ ctx, input: params }),
  );
}
