import { API_ROUTES } from "@logstag/api-contract";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { registerRoute } from "../http/register-route.ts";
import { setSessionCookie } from "../http/session-cookie.ts";
import { acceptInvitation } from "../services/invitations/accept-invitation.ts";
import { createInvitation } from "../services/invitations/create-invitation.ts";
import { createSmtpMailer } from "../services/invitations/invitation-mailer.ts";
import { listInvitations } from "../services/invitations/list-invitations.ts";
import { previewInvitation } from "../services/invitations/preview-invitation.ts";
import { revokeInvitation } from "../services/invitations/revoke-invitation.ts";
import { changeMemberRole } from "../services/members/change-member-role.ts";
import { listMembers } from "../services/members/list-members.ts";
import { removeMember } from "../services/members/remove-member.ts";
import { transferOwnership } from "../services/members/transfer-ownership.ts";
import { updateOrganization } from "../services/orgs/update-organization.ts";
import type { RouteDeps } from "./route-deps.ts";

const ok = { ok: true as const };

/** Members, invitations and the organization itself. */
export function userRoutes(app: FastifyInstance, { db, config }: RouteDeps): void {
  const { members, invitations, organization } = API_ROUTES;
  const mailer = config.accounts.smtp ? createSmtpMailer(config.accounts.smtp) : undefined;
  const loginSettings = { ttlHours: config.sessionTtlHours, limits: config.accounts.login };
  // Without a configured public address, links point where this request came in.
  const baseUrl = (request: FastifyRequest) =>
    config.accounts.publicUrl ?? `${request.protocol}://${request.host}`;

  registerRoute(app, db, members.list, ({ ctx }) => listMembers({ ctx }));
  registerRoute(app, db, members.changeRole, ({ ctx, params, body }) =>
    changeMemberRole({ ctx, input: { userId: params.userId, role: body.role } }),
  );
  registerRoute(app, db, members.remove, async ({ ctx, params }) => {
    await removeMember({ ctx, input: params });
    return ok;
  });

  registerRoute(app, db, invitations.list, ({ ctx }) => listInvitations({ ctx }));
  registerRoute(app, db, invitations.create, ({ ctx, body, request }) =>
    createInvitation({
      ctx,
      input: body,
      settings: { ttlHours: config.accounts.invitationTtlHours, baseUrl: baseUrl(request), mailer },
    }),
  );
  registerRoute(app, db, invitations.revoke, async ({ ctx, params }) => {
    await revokeInvitation({ ctx, input: params });
    return ok;
  });
  registerRoute(app, db, invitations.preview, ({ ctx, body }) =>
    previewInvitation({ ctx, input: body }),
  );
  registerRoute(app, db, invitations.accept, async ({ ctx, body, reply }) => {
    const result = await acceptInvitation({ ctx, input: body, settings: loginSettings });
    setSessionCookie(reply, config, result);
    return result.session;
  });

  registerRoute(app, db, organization.update, ({ ctx, body }) =>
    updateOrganization({ ctx, input: body }),
  );
  registerRoute(app, db, organization.transferOwnership, async ({ ctx, body }) => {
    await transferOwnership({ ctx, input: body });
    return ok;
  });
}
