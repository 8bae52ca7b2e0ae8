import { API_ROUTES } from "@logstag/api-contract";
import type { FastifyInstance } from "fastify";
import { registerRoute } from "../http/register-route.ts";
import { acknowledgeAlert } from "../services/alerts/acknowledge-alert.ts";
import { alertSignal } from "../services/alerts/alert-signal.ts";
import { createRule } from "../services/alerts/create-rule.ts";
import { createSilence } from "../services/alerts/create-silence.ts";
import { deleteRule } from "../services/alerts/delete-rule.ts";
import { dryRunRule } from "../services/alerts/dry-run-rule.ts";
import { expireSilence } from "../services/alerts/expire-silence.ts";
import { getAlert } from "../services/alerts/get-alert.ts";
import { getRule } from "../services/alerts/get-rule.ts";
import { listAlerts } from "../services/alerts/list-alerts.ts";
import { listRules } from "../services/alerts/list-rules.ts";
import { listSilences } from "../services/alerts/list-silences.ts";
import { listTemplates } from "../services/alerts/list-templates.ts";
import { updateRule } from "../services/alerts/update-rule.ts";
import type { RouteDeps } from "./route-deps.ts";

const ok = { ok: true as const };

/** Alert templates, rules, alerts, acknowledgements and silences. */
export function alertRoutes(app: FastifyInstance, { db }: RouteDeps): void {
  const { alertTemplates, alertRules, alerts, silences } = API_ROUTES;
  registerRoute(app, db, alertTemplates.list, ({ ctx }) => listTemplates({ ctx }));

  registerRoute(app, db, alertRules.list, ({ ctx }) => listRules({ ctx }));
  registerRoute(app, db, alertRules.get, ({ ctx, params }) => getRule({ ctx, input: params }));
  registerRoute(app, db, alertRules.create, ({ ctx, body }) => createRule({ ctx, input: body }));
  registerRoute(app, db, alertRules.update, ({ ctx, params, body }) =>
    updateRule({ ctx, input: { ruleId: params.ruleId, changes: body } }),
  );
  registerRoute(app, db, alertRules.remove, async ({ ctx, params }) => {
    await deleteRule({ ctx, input: params });
    return ok;
  });
  registerRoute(app, db, alertRules.dryRun, ({ ctx, body }) => dryRunRule({ ctx, input: body }));

  registerRoute(app, db, alerts.list, ({ ctx, query }) => listAlerts({ ctx, input: query }));
  registerRoute(app, db, alerts.get, ({ ctx, params }) => getAlert({ ctx, input: params }));
  registerRoute(app, db, alerts.signal, ({ ctx, params, query }) =>
    alertSignal({ ctx, input: { alertId: params.alertId, hours: query.hours } }),
  );
  registerRoute(app, db, alerts.acknowledge, ({ ctx, params, body }) =>
    acknowledgeAlert({ ctx, input: { alertId: params.alertId, comment: body.comment } }),
  );

  registerRoute(app, db, silences.list, ({ ctx }) => listSilences({ ctx }));
  registerRoute(app, db, silences.create, ({ ctx, body }) => createSilence({ ctx, input: body }));
  registerRoute(app, db, silences.expire, async ({ ctx, params }) => {
    await expireSilence({ ctx, input: params });
    return ok;
  });
}
