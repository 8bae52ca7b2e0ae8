import { z } from "zod";
import { emailSchema, PASSWORD_MAX_LENGTH, ROLES, sessionInfoSchema } from "./auth.ts";
import { defineRoute } from "./route.ts";

const isoTime = z.iso.datetime({ offset: true });
const ok = z.object({ ok: z.literal(true) });

/** The Account Owner is made only by transferring ownership, never by invitation or role change. */
export const ASSIGNABLE_ROLES = ["admin", "member", "viewer"] as const;
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export const memberSchema = z.object({
  userId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  joinedAt: isoTime,
});
export type Member = z.infer<typeof memberSchema>;

export const userParamsSchema = z.object({ userId: z.uuid() });
export const changeRoleRequestSchema = z.object({ role: z.enum(ASSIGNABLE_ROLES) }).strict();

export const INVITATION_STATUSES = ["pending", "expired"] as const;

export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(ASSIGNABLE_ROLES),
  createdAt: isoTime,
  expiresAt: isoTime,
  invitedBy: z.string().nullable().describe("e-mail of the member who invited"),
  status: z.enum(INVITATION_STATUSES),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const createInvitationRequestSchema = z
  .object({ email: emailSchema, role: z.enum(ASSIGNABLE_ROLES) })
  .strict();

export const createInvitationResponseSchema = z.object({
  invitation: invitationSchema,
  /** The link to hand to the invited person; it is shown once and never stored. */
  link: z.string(),
  emailed: z.boolean(),
  emailError: z.string().nullable(),
});
export type CreateInvitationResponse = z.infer<typeof createInvitationResponseSchema>;

export const invitationParamsSchema = z.object({ invitationId: z.uuid() });

const tokenSchema = z.string().trim().min(10).max(200);

export const invitationTokenRequestSchema = z.object({ token: tokenSchema }).strict();

export const invitationPreviewSchema = z.object({
  organizationName: z.string(),
  email: z.string(),
  role: z.enum(ASSIGNABLE_ROLES),
  expiresAt: isoTime,
  /** True when the e-mail already has a Logstag account: accepting asks for its password. */
  accountExists: z.boolean(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const acceptInvitationRequestSchema = z
  .object({
    token: tokenSchema,
    password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
    name: z.string().trim().max(200).optional(),
  })
  .strict();

export const organizationSchema = z.object({ id: z.uuid(), name: z.string() });
export const updateOrganizationRequestSchema = z
  .object({ name: z.string().trim().min(1).max(120) })
  .strict();
export const transferOwnershipRequestSchema = z.object({ userId: z.uuid() }).strict();

export const memberRoutes = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/members",
    summary: "Members of the organization and their roles.",
    access: "user",
    capability: "members.read",
    response: z.object({ members: z.array(memberSchema) }),
  }),
  changeRole: defineRoute({
    method: "PATCH",
    path: "/api/v1/members/:userId",
    summary:
      "Change a member's role (the Account Owner's role changes only by transfer). Needs a signed-in session.",
    access: "user",
    capability: "members.invite",
    params: userParamsSchema,
    body: changeRoleRequestSchema,
    response: memberSchema,
  }),
  remove: defineRoute({
    method: "DELETE",
    path: "/api/v1/members/:userId",
    summary: "Remove a member: their sessions end and their API keys stop working at once.",
    access: "user",
    capability: "members.manage",
    params: userParamsSchema,
    response: ok,
  }),
};

export const invitationRoutes = {
  list: defineRoute({
    method: "GET",
    path: "/api/v1/invitations",
    summary: "Invitations not yet accepted or revoked.",
    access: "user",
    capability: "members.read",
    response: z.object({ invitations: z.array(invitationSchema) }),
  }),
  create: defineRoute({
    method: "POST",
    path: "/api/v1/invitations",
    summary:
      "Invite someone by e-mail; returns the link (e-mailed too when SMTP is set up). A new invitation replaces a pending one for the same address. Needs a signed-in session.",
    access: "user",
    capability: "members.invite",
    body: createInvitationRequestSchema,
    response: createInvitationResponseSchema,
  }),
  revoke: defineRoute({
    method: "DELETE",
    path: "/api/v1/invitations/:invitationId",
    summary: "Revoke a pending invitation; its link stops working.",
    access: "user",
    capability: "members.manage",
    params: invitationParamsSchema,
    response: ok,
  }),
  preview: defineRoute({
    method: "POST",
    path: "/api/v1/invitations/preview",
    summary: "What an invitation link is for, before accepting it.",
    access: "public",
    body: invitationTokenRequestSchema,
    response: invitationPreviewSchema,
  }),
  accept: defineRoute({
    method: "POST",
    path: "/api/v1/invitations/accept",
    summary:
      "Accept an invitation: sets the password of a new account (or checks an existing one), joins the organization and signs in.",
    access: "public",
    body: acceptInvitationRequestSchema,
    response: sessionInfoSchema,
  }),
};

export const organizationRoutes = {
  update: defineRoute({
    method: "PATCH",
    path: "/api/v1/organization",
    summary: "Change the organization's settings (its name).",
    access: "user",
    capability: "organization.manage",
    body: updateOrganizationRequestSchema,
    response: organizationSchema,
  }),
  transferOwnership: defineRoute({
    method: "POST",
    path: "/api/v1/organization/transfer-ownership",
    summary: "Make another member the Account Owner; the current owner becomes an Admin.",
    access: "user",
    capability: "ownership.transfer",
    body: transferOwnershipRequestSchema,
    response: ok,
  }),
};
