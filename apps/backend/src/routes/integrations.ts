import { API_ROUTES } from "@logstag/api-contract";
import type { FastifyInstance } from "fastify";
import { registerRoute } from "../http/register-route.ts";
import { createChannel } from "../services/integrations/create-channel.ts";
import { createPolicy } from "../services/integrations/create-policy.ts";
import { deleteChannel } from "../services/integrations/delete-channel.ts";
import { deletePolicy } from "../services/integrations/delete-policy.ts";
import { listChannels } from "../services/integrations/list-channels.ts";
import { listPolicies } from "../services/integrations/list-policies.ts";
import { testChannel } from "../services/integrations/test-channel.ts";
import { updateChannel } from "../services/integrations/update-channel.ts";
import { updatePolicy } from "../services/integrations/update-policy.ts";
import type { RouteDeps } from "./route-deps.ts";

const ok = { ok: true as const };

/** Notification channels and policies. */
export function integrationRoutes(app: FastifyInstance, { db, config }: RouteDeps): void {
  const { channels, policies } = API_ROUTES;
  const alerting = config.alerting;
  registerRoute(app, db, channels.list, ({ ctx }) => listChannels({ ctx }));
  registerRoute(app, db, channels.create, ({ ctx, body }) =>
    createChannel({ ctx, input: body, config: alerting }),
  );
  registerRoute(app, db, channels.update, ({ ctx, params, body }) =>
    updateChannel({
      ctx,
      input: {
        channelId: params.channelId,
        name: body.name,
        settings: body.settings,
        secrets: body.secrets,
      },
      config: alerting,
    }),
  );
  registerRoute(app, db, channels.remove, async ({ ctx, params }) => {
    await deleteChannel({ ctx, input: params });
    return ok;
  });
  registerRoute(app, db, channels.test, ({ ctx, params }) =>
    testChannel({ ctx, input: params, config: alerting, smtp: config.accounts.smtp }),
  );

  registerRoute(app, db, policies.list, ({ ctx }) => listPolicies({ ctx }));
  registerRoute(app, db, policies.create, ({ ctx, body }) => createPolicy({ ctx, input: body }));
  registerRoute(app, db, policies.update, ({ ctx, params, body }) =>
    updatePolicy({ ctx, input: { policyId: params.policyId, changes: body } }),
  );
  registerRoute(app, db, policies.remove, async ({ ctx, params }) => {
    await deletePolicy({ ctx, input: params });
    return ok;
  });
}
