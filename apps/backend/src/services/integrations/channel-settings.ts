import { CHANNEL_KINDS, type ChannelKind } from "@logstag/api-contract";
import { loadSecretKey, SecretKeyError } from "../../alerting/secrets/secret-box.ts";
import type { AlertingConfig } from "../../alerting-config.ts";
import { AppError, badRequest } from "../errors.ts";

/** Checks a channel's settings and secrets against its kind's schemas. */
export function checkChannelFields(
  kind: ChannelKind,
  settings: unknown,
  /** null: the stored secrets stay as they are. */
  secrets: unknown | null,
): { settings: Record<string, unknown>; secrets: Record<string, unknown> } {
  const spec = CHANNEL_KINDS[kind];
  const s = spec.settings.safeParse(settings);
  const x =
    secrets === null ? { success: true as const, data: {} } : spec.secrets.safeParse(secrets);
  const problems = [
    ...(s.success
      ? []
      : s.error.issues.map((i) => ({ path: `settings.${i.path.join(".")}`, message: i.message }))),
    ...(x.success
      ? []
      : x.error.issues.map((i) => ({ path: `secrets.${i.path.join(".")}`, message: i.message }))),
  ];
  if (problems.length > 0 || !s.success || !x.success)
    throw badRequest(
      `the ${spec.label} channel is not valid: ${problems[0]?.path} ${problems[0]?.message}`,
      problems,
    );
  return {
    settings: s.data as Record<string, unknown>,
    secrets: x.data as Record<string, unknown>,
  };
}

/** The key that seals channel secrets; a missing or bad key is a configuration error to fix. */
export function secretKeyOf(config: AlertingConfig): Buffer {
  try {
    return loadSecretKey(config.secretKey);
  } catch (err) {
    if (err instanceof SecretKeyError) throw new AppError("internal", err.message);
    throw err;
  }
}
