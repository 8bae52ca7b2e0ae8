import { z } from "zod";
import { CAPABILITY_NAMES } from "./permissions.ts";
import { defineRoute } from "./route.ts";

export const ROLES = ["owner", "admin", "member", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const organizationRefSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.enum(ROLES),
});

export const sessionInfoSchema = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), name: z.string() }),
  organization: z.object({ id: z.uuid(), name: z.string() }),
  role: z.enum(ROLES),
  /** What this caller may do here; the web app shows only these actions. */
  capabilities: z.array(z.enum(CAPABILITY_NAMES)),
  /** Every organization the user belongs to, for the organization switcher. */
  organizations: z.array(organizationRefSchema),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const emailSchema = z.string().trim().max(320).pipe(z.email("not a valid e-mail address"));

export const loginRequestSchema = z
  .object({ email: z.string().trim().min(3).max(320), password: z.string().min(1).max(1024) })
  .strict();

export const switchOrganizationRequestSchema = z.object({ organizationId: z.uuid() }).strict();

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

// Long enough to pass the length rule, yet the first guesses of any attacker.
const COMMON_PASSWORDS = new Set([
  "password1234",
  "password12345",
  "password123456",
  "passwordpassword",
  "123456789012",
  "1234567890123",
  "12345678901234",
  "qwertyuiopasdf",
  "qwerty123456",
  "iloveyou1234",
  "letmein12345",
  "welcome12345",
  "administrator",
  "changeme1234",
]);

/** Why a new password is too weak, or undefined when it is acceptable (length first, no composition rules). */
export function findPasswordProblem(password: string, email = ""): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH)
    return `use at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `use at most ${PASSWORD_MAX_LENGTH} characters`;
  if (new Set(password).size < 5) return "use more different characters";
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return "this password is too common";
  const name = email.split("@")[0]?.toLowerCase() ?? "";
  if (name.length >= 4 && lower.includes(name)) return "do not use your e-mail address in it";
  return undefined;
}

const ok = z.object({ ok: z.literal(true) });

export const authRoutes = {
  login: defineRoute({
    method: "POST",
    path: "/api/v1/auth/login",
    summary:
      "Sign in with e-mail and password; sets the session cookie. Failed attempts are rate limited per account and per address.",
    access: "public",
    body: loginRequestSchema,
    response: sessionInfoSchema,
  }),
  logout: defineRoute({
    method: "POST",
    path: "/api/v1/auth/logout",
    summary: "End the current session.",
    access: "user",
    capability: "account.sessions",
    response: ok,
  }),
  me: defineRoute({
    method: "GET",
    path: "/api/v1/auth/me",
    summary: "The signed-in user, organization, role and what the role may do.",
    access: "user",
    capability: "account.read",
    response: sessionInfoSchema,
  }),
  session: defineRoute({
    method: "GET",
    path: "/api/v1/auth/session",
    summary:
      "The signed-in session as /auth/me describes it, or null when nobody is signed in (never a 401, so the sign-in page loads without a failed request).",
    access: "public",
    response: z.object({ session: sessionInfoSchema.nullable() }),
  }),
  switchOrganization: defineRoute({
    method: "POST",
    path: "/api/v1/auth/switch-organization",
    summary: "Move the session to another organization the user belongs to.",
    access: "user",
    capability: "account.sessions",
    body: switchOrganizationRequestSchema,
    response: sessionInfoSchema,
  }),
  signOutEverywhere: defineRoute({
    method: "POST",
    path: "/api/v1/auth/sign-out-everywhere",
    summary: "End every session of the signed-in user, in every organization.",
    access: "user",
    capability: "account.sessions",
    response: ok,
  }),
};
