import { z } from "zod";

/** Settings of sign-in, invitations and e-mail, read from the environment with the rest of the config. */
export const accountsEnvSchema = z.object({
  /** The address people use to reach Logstag; invitation links start with it. */
  LOGSTAG_PUBLIC_URL: z.string().url().optional(),
  LOGSTAG_INVITATION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 7),
  LOGSTAG_PASSWORD_RESET_TTL_HOURS: z.coerce.number().positive().default(24),
  LOGSTAG_LOGIN_WINDOW_MINUTES: z.coerce.number().positive().default(15),
  LOGSTAG_LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  LOGSTAG_LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(30),
  /** e.g. smtps://user:password@mail.example.com:465; unset: invitations are not e-mailed. */
  LOGSTAG_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "use smtp://… or smtps://…")
    .optional(),
  LOGSTAG_SMTP_FROM: z.string().min(3).default("Logstag <logstag@localhost>"),
});

export interface LoginLimits {
  windowSeconds: number;
  maxPerAccount: number;
  maxPerAddress: number;
}

export interface AccountsConfig {
  publicUrl: string | undefined;
  invitationTtlHours: number;
  passwordResetTtlHours: number;
  login: LoginLimits;
  smtp: { url: string; from: string } | undefined;
}

export function toAccountsConfig(e: z.infer<typeof accountsEnvSchema>): AccountsConfig {
  return {
    publicUrl: e.LOGSTAG_PUBLIC_URL?.replace(/\/+$/, ""),
    invitationTtlHours: e.LOGSTAG_INVITATION_TTL_HOURS,
    passwordResetTtlHours: e.LOGSTAG_PASSWORD_RESET_TTL_HOURS,
    login: {
      windowSeconds: Math.round(e.LOGSTAG_LOGIN_WINDOW_MINUTES * 60),
      maxPerAccount: e.LOGSTAG_LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxPerAddress: e.LOGSTAG_LOGIN_MAX_FAILURES_PER_ADDRESS,
    },
    smtp: e.LOGSTAG_SMTP_URL ? { url: e.LOGSTAG_SMTP_URL, from: e.LOGSTAG_SMTP_FROM } : undefined,
  };
}
