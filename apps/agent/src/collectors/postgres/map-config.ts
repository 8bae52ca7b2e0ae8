import type {
  MetricSample,
  PostgresExtension,
  PostgresRole,
  PostgresSetting,
  Snapshot,
} from "@logstag/protocol";
import { isoOrNull, type Row, textOrNull, toNumber } from "./map.ts";

export const MASK = "********";

/** Settings whose whole value is a secret. */
const SECRET_NAME = /(password|passphrase|secret)/i;
/** Connection strings: their password parts are masked, the rest kept. */
const CONNINFO_NAME = /conninfo$/i;

/** Replaces passwords in a libpq connection string (key=value or URI form). */
export function maskConninfo(value: string): string {
  return value
    .replace(
      /\b((?:ssl)?password\s*=\s*)('(?:[^'\\]|\\.)*'|\S*)/gi,
      (_, key: string) => `${key}${MASK}`,
    )
    .replace(/(postgres(?:ql)?:\/\/[^:/@\s]*:)[^@\s]*@/gi, (_, head: string) => `${head}${MASK}@`);
}

export function maskSetting(name: string, value: string | null): string | null {
  if (value === null || value === "") return value;
  if (CONNINFO_NAME.test(name)) return maskConninfo(value);
  if (SECRET_NAME.test(name)) return MASK;
  return value;
}

/**
 * `default` and `override` (fixed at initdb or start) are the server's own values; `client` values
 * belong to the agent's connection (application_name, timeouts, encoding), not to the server.
 */
const DEFAULT_SOURCES = new Set(["default", "override", "client"]);

export function mapSettings(rows: readonly Row[]): { metrics: MetricSample[]; snapshot: Snapshot } {
  const max = 2000;
  const settings: PostgresSetting[] = [];
  for (const row of rows.slice(0, max)) {
    const name = textOrNull(row.name);
    if (!name) continue;
    const source = textOrNull(row.source);
    settings.push({
      name,
      setting: maskSetting(name, textOrNull(row.setting, 8192)),
      unit: textOrNull(row.unit),
      category: textOrNull(row.category),
      description: textOrNull(row.short_desc, 1000),
      source,
      bootValue: maskSetting(name, textOrNull(row.boot_val, 8192)),
      pendingRestart: row.pending_restart === true,
      context: textOrNull(row.context),
      isDefault: source === null || DEFAULT_SOURCES.has(source),
    });
  }
  const pending = settings.filter((s) => s.pendingRestart).length;
  return {
    metrics: [{ name: "postgres.settings.pending_restart", value: pending }],
    snapshot: { kind: "postgres.settings", rows: settings, truncated: rows.length > max },
  };
}

export function mapRoles(rows: readonly Row[]): Snapshot {
  const max = 2000;
  const roles: PostgresRole[] = [];
  for (const row of rows.slice(0, max)) {
    const name = textOrNull(row.rolname);
    if (!name) continue;
    roles.push({
      name,
      superuser: row.rolsuper === true,
      inherit: row.rolinherit === true,
      createRole: row.rolcreaterole === true,
      createDb: row.rolcreatedb === true,
      canLogin: row.rolcanlogin === true,
      replication: row.rolreplication === true,
      bypassRls: row.rolbypassrls === true,
      connectionLimit: Math.trunc(toNumber(row.rolconnlimit) ?? -1),
      validUntil: isoOrNull(row.rolvaliduntil),
      memberOf: Array.isArray(row.member_of)
        ? row.member_of.filter((m): m is string => typeof m === "string").slice(0, 1000)
        : [],
    });
  }
  return { kind: "postgres.roles", rows: roles, truncated: rows.length > max };
}

export function mapExtensions(rows: readonly Row[]): Snapshot {
  const max = 500;
  const extensions: PostgresExtension[] = [];
  for (const row of rows.slice(0, max)) {
    const name = textOrNull(row.extname);
    if (!name) continue;
    extensions.push({
      name,
      version: textOrNull(row.extversion) ?? "",
      schema: textOrNull(row.nspname),
    });
  }
  return { kind: "postgres.extensions", rows: extensions, truncated: rows.length > max };
}
