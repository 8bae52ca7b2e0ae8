import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "./auth.ts";
import { defineRoute } from "./route.ts";

const ok = z.object({ ok: z.literal(true) });
const newPassword = z.string().min(1).max(PASSWORD_MAX_LENGTH);

export const changePasswordRequestSchema = z
  .object({ currentPassword: z.string().min(1).max(1024), newPassword })
  .strict();

export const passwordResetParamsSchema = z.object({ userId: z.uuid() });

export const createPasswordResetResponseSchema = z.object({
  /** Shown once, and only when it was not e-mailed: then it must be handed over another way. */
  link: z.string().nullable(),
  emailed: z.boolean(),
  emailError: z.string().nullable(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type CreatePasswordResetResponse = z.infer<typeof createPasswordResetResponseSchema>;

export const resetPasswordRequestSchema = z
  .object({ token: z.string().trim().min(10).max(200), newPassword })
  .strict();

export const PASSWORD_RESET_TOKEN_PREFIX = "lsr_";

export const passwordRoutes = {
  change: defineRoute({
    method: "POST",
    path: "/api/v1/auth/change-password",
    summary:
      "Change one's own password (the current one is checked and rate limited like a sign-in); every other session of the person ends.",
    access: "user",
    capability: "account.password",
    body: changePasswordRequestSchema,
    response: ok,
  }),
  createReset: defineRoute({
    method: "POST",
    path: "/api/v1/members/:userId/password-reset",
    summary:
      "Make a one-time password reset link for a member (an Admin: Members and Viewers; the Owner: anyone else). E-mailed when SMTP is set up, otherwise returned once. Needs a signed-in session.",
    access: "user",
    capability: "members.invite",
    params: passwordResetParamsSchema,
    response: createPasswordResetResponseSchema,
  }),
  reset: defineRoute({
    method: "POST",
    path: "/api/v1/auth/reset-password",
    summary:
      "Set a new password with a reset link's token; every session of the person ends, then they sign in.",
    access: "public",
    body: resetPasswordRequestSchema,
    response: ok,
  }),
};
