import { resolve } from "node:path";
import { z } from "zod";
import { type AccountsConfig, accountsEnvSchema, toAccountsConfig } from "./accounts-config.ts";
import { type AlertingConfig, alertingEnvSchema, toAlertingConfig } from "./alerting-config.ts";
import { limitsEnvSchema, type TenantLimits, toTenantLimits } from "./limits-config.ts";
import {
  type TimeseriesConfig,
  timeseriesEnvSchema,
  toTimeseriesConfig,
} from "./timeseries-config.ts";

const envSchema = accountsEnvSchema
  .extend(timeseriesEnvSchema.shape)
  .extend(limitsEnvSchema.shape)
  .extend(alertingEnvSchema.shape)
  .extend({
    PORT: z.coerce.number().int().min(1).max(65535).default(8080),
    HOST: z.string().default("127.0.0.1"),
    /** Prometheus /metrics on its own port, off unless set; bound to loopback unless told otherwise. */
    LOGSTAG_METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    LOGSTAG_METRICS_HOST: z.string().default("127.0.0.1"),
    LOGSTAG_DATA_DIR: z.string().default("./.logstag"),
    DATABASE_URL: z.string().url().optional(),
    /** The schema owner, for migrations and background jobs; DATABASE_URL's role then only serves requests. */
    LOGSTAG_OWNER_DATABASE_URL: z.string().url().optional(),
    LOGSTAG_OWNER_EMAIL: z.string().email().default("owner@logstag.local"),
    LOGSTAG_OWNER_PASSWORD: z
      .string()
      .min(12, "LOGSTAG_OWNER_PASSWORD needs at least 12 characters")
      .optional(),
    LOGSTAG_ORG_NAME: z.string().min(1).default("My organization"),
    /** Write a ready-to-run agent config that monitors the embedded PostgreSQL. */
    LOGSTAG_DEMO: z.enum(["0", "1", "true", "false"]).default("0"),
    /** Set by `npm start`: the demo's Redis-compatible servers, as JSON. */
    LOGSTAG_DEMO_REDIS: z
      .string()
      .default("[]")
      .transform((s, ctx) => {
        try {
          return JSON.parse(s) as unknown;
        } catch {
          ctx.addIssue({ code: "custom", message: "must be JSON" });
          return z.NEVER;
        }
      })
      .pipe(
        z.array(
          z.object({
            engine: z.enum(["redis", "valkey"]),
            port: z.number().int().min(1).max(65535),
            password: z.string().min(1),
          }),
        ),
      ),
    LOGSTAG_WEB_DIST: z.string().optional(),
    LOGSTAG_SESSION_TTL_HOURS: z.coerce
      .number()
      .positive()
      .default(24 * 7),
    LOGSTAG_COOKIE_SECURE: z.enum(["0", "1", "true", "false"]).default("0"),
    /** "1" trusts X-Forwarded-For from anyone; better: the proxy's addresses, e.g. "10.0.0.0/8". */
    LOGSTAG_TRUST_PROXY: z.string().default("0"),
    LOGSTAG_BODY_LIMIT_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(8 * 1024 * 1024),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .default("info"),
  });

export interface DemoRedisServer {
  engine: "redis" | "valkey";
  port: number;
  password: string;
}

export interface BackendConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  ownerDatabaseUrl: string | undefined;
  owner: { email: string; password: string | undefined; orgName: string };
  demo: boolean;
  /** Redis-compatible servers the demo agent also monitors. */
  demoRedis: DemoRedisServer[];
  webDist: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  /** Fastify's trustProxy: false, true, or the proxies' addresses. */
  trustProxy: boolean | string;
  bodyLimitBytes: number;
  logLevel: string;
  accounts: AccountsConfig;
  timeseries: TimeseriesConfig;
  limits: TenantLimits;
  statementTimeoutMs: number;
  metrics: { port: number; host: string } | undefined;
  alerting: AlertingConfig;
}

const yes = (v: string) => v === "1" || v === "true";

/** Reads the backend's settings from the environment; a bad value names the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): BackendConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`invalid environment:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  if (e.LOGSTAG_OWNER_DATABASE_URL && !e.DATABASE_URL)
    throw new Error(
      "invalid environment:\n  LOGSTAG_OWNER_DATABASE_URL: only with DATABASE_URL (the embedded store sets up its own roles)",
    );
  if (e.LOGSTAG_SMTP_URL && !e.LOGSTAG_PUBLIC_URL)
    throw new Error(
      "invalid environment:\n  LOGSTAG_PUBLIC_URL: required when LOGSTAG_SMTP_URL is set (e-mailed links must point to the address people use, never to a request's Host header)",
    );
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.LOGSTAG_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    ownerDatabaseUrl: e.LOGSTAG_OWNER_DATABASE_URL,
    owner: {
      email: e.LOGSTAG_OWNER_EMAIL,
      password: e.LOGSTAG_OWNER_PASSWORD,
      orgName: e.LOGSTAG_ORG_NAME,
    },
    demo: yes(e.LOGSTAG_DEMO),
    demoRedis: e.LOGSTAG_DEMO_REDIS,
    webDist: resolve(e.LOGSTAG_WEB_DIST ?? new URL("../../web/dist", import.meta.url).pathname),
    sessionTtlHours: e.LOGSTAG_SESSION_TTL_HOURS,
    cookieSecure:
      yes(e.LOGSTAG_COOKIE_SECURE) || (e.LOGSTAG_PUBLIC_URL?.startsWith("https://") ?? false),
    trustProxy:
      e.LOGSTAG_TRUST_PROXY === "0" || e.LOGSTAG_TRUST_PROXY === "false"
        ? false
        : yes(e.LOGSTAG_TRUST_PROXY) || e.LOGSTAG_TRUST_PROXY,
    bodyLimitBytes: e.LOGSTAG_BODY_LIMIT_BYTES,
    logLevel: e.LOG_LEVEL,
    accounts: toAccountsConfig(e),
    timeseries: toTimeseriesConfig(e),
    limits: toTenantLimits(e),
    statementTimeoutMs: e.LOGSTAG_STATEMENT_TIMEOUT_SECONDS * 1000,
    metrics: e.LOGSTAG_METRICS_PORT
      ? { port: e.LOGSTAG_METRICS_PORT, host: e.LOGSTAG_METRICS_HOST }
      : undefined,
    alerting: toAlertingConfig(e, resolve(e.LOGSTAG_DATA_DIR)),
  };
}
