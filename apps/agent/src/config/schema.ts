import { AGENT_KEY_PREFIX, type IntervalGroup, nameSchema } from "@logstag/protocol";
import { z } from "zod";
import type { Env } from "../collectors/types.ts";
import { DURATION_HINT, formatDuration, parseDuration } from "./duration.ts";
import { isLoopbackHost } from "./loopback.ts";
import { parseSize, SIZE_HINT } from "./size.ts";

export function durationSchema(minMs: number, maxMs: number) {
  return z.unknown().transform((value, ctx): number => {
    const ms = parseDuration(value);
    if (ms === undefined) ctx.addIssue({ code: "custom", message: DURATION_HINT });
    else if (ms < minMs || ms > maxMs) {
      const range = `between ${formatDuration(minMs)} and ${formatDuration(maxMs)}`;
      ctx.addIssue({ code: "custom", message: `expected a duration ${range}` });
    }
    return ms ?? 0;
  });
}

const interval = durationSchema(1000, 24 * 3_600_000);
export const intervalsSchema = z
  .object({
    high: interval.optional(),
    medium: interval.optional(),
    low: interval.optional(),
    schema: interval.optional(),
  } satisfies Record<IntervalGroup, unknown>)
  .strict();

/** Keys every `[[targets]]` table has; the rest belong to the target's engine. */
export const COMMON_TARGET_KEYS = ["name", "engine", "enabled", "collector_timeout", "intervals"];

export const targetCommonSchema = z.object({
  name: nameSchema,
  engine: z.string({ error: "expected the engine name as a string" }),
  enabled: z.boolean().default(true),
  collector_timeout: durationSchema(100, 5 * 60_000).optional(),
  intervals: intervalsSchema.optional(),
});

const sizeSchema = z.unknown().transform((value, ctx): number => {
  const bytes = parseSize(value);
  if (bytes === undefined) ctx.addIssue({ code: "custom", message: SIZE_HINT });
  else if (bytes < 64 * 1024) ctx.addIssue({ code: "custom", message: "expected at least 64KiB" });
  return bytes ?? 0;
});

export const DEFAULT_SPOOL = { maxBytes: 256 * 1024 * 1024, maxAgeMs: 48 * 3_600_000 };

const spoolSchema = z
  .object({
    dir: z.string().min(1).optional(),
    max_size: sizeSchema.optional(),
    max_age: durationSchema(60_000, 30 * 24 * 3_600_000).optional(),
  })
  .strict()
  .default({});

const metricsSchema = z
  .object({
    listen: z
      .string()
      .regex(/^(\[[0-9a-fA-F:]+\]|[\w.-]+):\d{1,5}$/, 'expected "host:port", e.g. "127.0.0.1:9464"')
      .optional(),
  })
  .strict()
  .default({});

const secretsSchema = z
  .object({ key_file: z.string().min(1).optional() })
  .strict()
  .default({});

function backendSchema(env: Env) {
  return z
    .object({
      url: z.url({ protocol: /^https?$/, error: "expected an http:// or https:// URL" }),
      api_key: z.string().optional(),
      api_key_env: z.string().min(1).optional(),
      allow_insecure_http: z.boolean().default(false),
    })
    .strict()
    .transform((raw, ctx) => {
      const fail = (path: string, message: string) => {
        ctx.addIssue({ code: "custom", path: [path], message });
        return { url: raw.url, apiKey: "" };
      };
      const url = new URL(raw.url);
      if (url.protocol === "http:" && !isLoopbackHost(url.hostname) && !raw.allow_insecure_http) {
        return fail(
          "url",
          "http:// sends the agent key in clear text to a remote host; use https://, or set allow_insecure_http = true on a trusted network",
        );
      }
      if ((raw.api_key === undefined) === (raw.api_key_env === undefined)) {
        return fail("api_key", "set exactly one of api_key and api_key_env");
      }
      const apiKey = raw.api_key ?? env[raw.api_key_env ?? ""];
      if (apiKey === undefined) {
        return fail("api_key_env", `environment variable ${raw.api_key_env} is not set`);
      }
      if (!apiKey.startsWith(AGENT_KEY_PREFIX)) {
        const key = raw.api_key === undefined ? "api_key_env" : "api_key";
        return fail(key, `agent keys start with "${AGENT_KEY_PREFIX}"; create one in Logstag`);
      }
      const insecureHttp = url.protocol === "http:" && !isLoopbackHost(url.hostname);
      return {
        url: raw.url.replace(/\/+$/, ""),
        apiKey,
        ...(insecureHttp ? { insecureHttp } : {}),
      };
    });
}

/** Each section is validated on its own, so one mistake does not hide the others. */
export function sectionSchemas(env: Env) {
  return {
    root: z
      .object({
        agent: z.unknown().optional(),
        backend: z.unknown().optional(),
        intervals: z.unknown().optional(),
        spool: z.unknown().optional(),
        metrics: z.unknown().optional(),
        secrets: z.unknown().optional(),
        targets: z.unknown().optional(),
      })
      .strict(),
    spool: spoolSchema,
    metrics: metricsSchema,
    secrets: secretsSchema,
    agent: z.object({ name: nameSchema.optional() }).strict().default({}),
    backend: backendSchema(env),
    intervals: intervalsSchema.default({}),
    targets: z
      .array(z.record(z.string(), z.unknown()), { error: "add at least one [[targets]] table" })
      .min(1, "add at least one [[targets]] table"),
  };
}
