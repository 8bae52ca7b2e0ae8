import type { PostgresSetting } from "@logstag/protocol";
import { formatBytes } from "../../../../lib/format.utils.ts";

export type SettingsView = "all" | "changed" | "pending";

/** pg_settings memory units; a setting of 16384 in unit "8kB" is 128 MiB. */
const BYTE_UNIT_FACTORS: Record<string, number> = {
  B: 1,
  kB: 1024,
  MB: 1024 ** 2,
  GB: 1024 ** 3,
  TB: 1024 ** 4,
};

/** The value as an operator reads it: memory in bytes units, other units appended. */
export function describeSettingValue(row: Pick<PostgresSetting, "setting" | "unit">): string {
  if (row.setting === null) return "–";
  if (row.unit === null || row.setting === "") return row.setting;
  const bytes = unitBytes(row.unit);
  const numeric = Number(row.setting);
  if (bytes !== undefined && Number.isFinite(numeric)) {
    return numeric < 0 ? row.setting : formatBytes(numeric * bytes);
  }
  return `${row.setting} ${row.unit}`;
}

/** "8kB" → 8192, "16MB" → 16 MiB, "ms" → undefined. */
function unitBytes(unit: string): number | undefined {
  const match = /^(\d*)(B|kB|MB|GB|TB)$/.exec(unit);
  if (!match) return undefined;
  const factor = BYTE_UNIT_FACTORS[match[2] ?? ""];
  if (factor === undefined) return undefined;
  return (match[1] ? Number(match[1]) : 1) * factor;
}

/** Case-insensitive match on name, value, category and description, narrowed by the view. */
export function filterSettings(
  rows: readonly PostgresSetting[],
  search: string,
  view: SettingsView,
): PostgresSetting[] {
  const needle = search.trim().toLowerCase();
  return rows.filter((row) => {
    if (view === "changed" && row.isDefault) return false;
    if (view === "pending" && !row.pendingRestart) return false;
    if (needle === "") return true;
    return [row.name, row.setting, row.category, row.description].some((field) =>
      field?.toLowerCase().includes(needle),
    );
  });
}

export interface SettingsCounts {
  total: number;
  changed: number;
  pending: number;
}

export function countSettings(rows: readonly PostgresSetting[]): SettingsCounts {
  return {
    total: rows.length,
    changed: rows.filter((row) => !row.isDefault).length,
    pending: rows.filter((row) => row.pendingRestart).length,
  };
}

/** What a change of the setting takes, from pg_settings.context. */
export function describeContext(context: string | null): string {
  switch (context) {
    case "postmaster":
      return "restart";
    case "sighup":
      return "reload";
    case "internal":
      return "read-only";
    case "backend":
    case "superuser-backend":
      return "new sessions";
    case "user":
    case "superuser":
      return "SET";
    default:
      return context ?? "–";
  }
}
