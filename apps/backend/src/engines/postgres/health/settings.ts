import type { PostgresSetting } from "@logstag/protocol";
import { needRows } from "../../../health/check-helpers.ts";
import type { HealthInput } from "../../../health/check-types.ts";
import { NotEvaluatedError } from "../../../health/check-types.ts";

export type Settings = ReadonlyMap<string, PostgresSetting>;

export const PG_DOCS = "https://www.postgresql.org/docs/current";

export function needSettings(input: HealthInput): Settings {
  return new Map(needRows(input, "postgres.settings").map((s) => [s.name, s]));
}

/** A setting's row; not evaluated when the snapshot lacks it (hidden from the role, or unknown to the version). */
export function needSetting(settings: Settings, name: string): PostgresSetting {
  const row = settings.get(name);
  if (!row || row.setting === null) {
    throw new NotEvaluatedError(
      `the setting ${name} is not in the settings snapshot (not visible to the monitoring role, or not in this version)`,
    );
  }
  return row;
}

export function settingText(settings: Settings, name: string): string {
  return needSetting(settings, name).setting ?? "";
}

export const isOff = (settings: Settings, name: string) => settingText(settings, name) === "off";

/** The value as PostgreSQL shows it with its unit, e.g. `16384 × 8kB`. */
export function shown(row: PostgresSetting): string {
  const unit = row.unit ? (/^\d/.test(row.unit) ? ` × ${row.unit}` : ` ${row.unit}`) : "";
  return `${row.name} = ${row.setting ?? "(unknown)"}${unit} (source: ${row.source ?? "unknown"})`;
}

const UNIT_BYTES: Record<string, number> = {
  B: 1,
  kB: 1024,
  "8kB": 8192,
  MB: 1024 ** 2,
  GB: 1024 ** 3,
};

/** A memory setting in bytes (`shared_buffers`, `work_mem`), or null when its unit is unknown. */
export function settingBytes(row: PostgresSetting): number | null {
  const factor = row.unit ? UNIT_BYTES[row.unit] : undefined;
  const value = Number(row.setting);
  return factor !== undefined && Number.isFinite(value) ? value * factor : null;
}

/** The major version from `PostgreSQL 16.4`, or null. */
export function majorVersion(version: string | null): number | null {
  const match = version?.match(/PostgreSQL (\d+)/);
  return match ? Number(match[1]) : null;
}
