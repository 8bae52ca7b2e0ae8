import { z } from "zod";
import { defineRoute } from "./route.ts";

export const ROLES = ["owner", "admin", "member", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const sessionInfoSchema = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), name: z.string() }),
  organization: z.object({ id: z.uuid(), name: z.string() }),
  role: z.enum(ROLES),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const loginRequestSchema = z
  .object({ email: z.string().trim().min(3).max(320), password: z.string().min(1).max(1024) })
  .strict();

export const authRoutes = {
  login: defineRoute({
    method: "POST",
    path: "/api/v1/auth/login",
    summary: "Sign in with e-mail and password; sets the session cookie.",
    access: "public",
    body: loginRequestSchema,
    response: sessionInfoSchema,
  }),
  logout: defineRoute({
    method: "POST",
    path: "/api/v1/auth/logout",
    summary: "End the current session.",
    access: "session",
    response: z.object({ ok: z.literal(true) }),
  }),
  me: defineRoute({
    method: "GET",
    path: "/api/v1/auth/me",
    summary: "The signed-in user, organization and role.",
    access: "session",
    response: sessionInfoSchema,
  }),
};
