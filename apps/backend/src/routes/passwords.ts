import { API_ROUTES } from "@logstag/api-contract";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { registerRoute } from "../http/register-route.ts";
import { changePassword } from "../services/auth/change-password.ts";
import { createPasswordReset } from "../services/passwords/create-password-reset.ts";
import { createSmtpResetMailer } from "../services/passwords/reset-mailer.ts";
import { resetPassword } from "../services/passwords/reset-password.ts";
import type { RouteDeps } from "./route-deps.ts";

const ok = { ok: true as const };

/** Changing one's password, and reset links made by an Owner or Admin. */
export function passwordRoutes(app: FastifyInstance, { db, config }: RouteDeps): void {
  const { passwords } = API_ROUTES;
  const mailer = config.accounts.smtp ? createSmtpResetMailer(config.accounts.smtp) : undefined;
  // With e-mail configured the public URL is required (config.ts); without, the link is shown
  // only to the administrator who asked, from the address they reached.
  const baseUrl = (request: FastifyRequest) =>
    config.accounts.publicUrl ?? `${request.protocol}://${request.host}`;

  registerRoute(app, db, passwords.change, async ({ ctx, body }) => {
    await changePassword({ ctx, input: body, limits: config.accounts.login });
    return ok;
  });
  registerRoute(app, db, passwords.createReset, ({ ctx, params, request }) =>
    createPasswordReset({
      ctx,
      input: params,
      settings: {
        ttlHours: config.accounts.passwordResetTtlHours,
        baseUrl: baseUrl(request),
        mailer,
      },
    }),
  );
  registerRoute(app, db, passwords.reset, async ({ ctx, body }) => {
    await resetPassword({ ctx, input: body });
    return ok;
  });
}
