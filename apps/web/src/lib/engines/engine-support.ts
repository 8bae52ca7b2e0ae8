import type { TARGET_ROLES } from "@logstag/protocol";
import { ENGINE_LABELS, type EngineKind } from "@logstag/protocol";

/** The product areas whose pages differ per engine; each has an `engines/<module>/` folder. */
export const ENGINE_AREAS = [
  "database-explorer",
  "activity-explorer",
  "query-explorer",
  "schema-explorer",
] as const;
export type EngineArea = (typeof ENGINE_AREAS)[number];

export const AREA_TITLES = {
  "database-explorer": "Database Explorer",
  "activity-explorer": "Activity Explorer",
  "query-explorer": "Query Explorer",
  "schema-explorer": "Schema Explorer",
} as const satisfies Record<EngineArea, string>;

type TargetRole = (typeof TARGET_ROLES)[number];

export interface EngineSupport {
  /** The folder name of the engine's panels in each area (Valkey shows Redis's). */
  module: string;
  areas: readonly EngineArea[];
  /** How the engine names a server that follows a primary. */
  replicaName: string;
}

/** Which areas each engine can show in this build, and how the web app names its parts. */
export const ENGINE_SUPPORT = {
  postgres: {
    module: "postgres",
    areas: ["database-explorer", "activity-explorer", "query-explorer", "schema-explorer"],
    replicaName: "standby",
  },
  sqlserver: null,
  mongodb: null,
  redis: {
    module: "redis",
    areas: ["database-explorer", "activity-explorer", "query-explorer"],
    replicaName: "replica",
  },
  valkey: {
    module: "redis",
    areas: ["database-explorer", "activity-explorer", "query-explorer"],
    replicaName: "replica",
  },
  oracle: null,
  mysql: null,
} as const satisfies Record<EngineKind, EngineSupport | null>;

const ENGINES = Object.keys(ENGINE_SUPPORT) as EngineKind[];

export function engineSupport(engine: EngineKind): EngineSupport | null {
  return ENGINE_SUPPORT[engine];
}

export function supportsArea(engine: EngineKind, area: EngineArea): boolean {
  return engineSupport(engine)?.areas.includes(area) ?? false;
}

/** The engines whose targets an area can open, in the registry's order. */
export function enginesForArea(area: EngineArea): EngineKind[] {
  return ENGINES.filter((engine) => supportsArea(engine, area));
}

/** "PostgreSQL", "Redis or Valkey", "PostgreSQL, Redis or Valkey". */
export function engineList(engines: readonly EngineKind[], conjunction = "or"): string {
  const labels = engines.map((engine) => ENGINE_LABELS[engine]);
  if (labels.length <= 1) return labels[0] ?? "";
  return `${labels.slice(0, -1).join(", ")} ${conjunction} ${labels.at(-1)}`;
}

export function noTargetsTitle(area: EngineArea): string {
  return `No ${engineList(enginesForArea(area))} targets yet`;
}

export function unsupportedDescription(area: EngineArea, engine: EngineKind): string {
  return `The ${AREA_TITLES[area]} does not show ${ENGINE_LABELS[engine]} targets yet; it shows ${engineList(enginesForArea(area), "and")} targets.`;
}

/**
 * "PostgreSQL 18.1 on x86_64-pc-linux-gnu, compiled by …" → "PostgreSQL 18.1"; a bare number as
 * reported by key-value engines ("7.0.15") gets the engine's name in front.
 */
export function versionText(engine: EngineKind, version: string | null): string | null {
  if (version === null || version.trim() === "") return null;
  const words = version.trim().split(/\s+/);
  if (/^\d/.test(words[0] ?? "")) return `${ENGINE_LABELS[engine]} ${words[0]}`;
  const number = words[1]?.replace(/,$/, "");
  return number && /^\d/.test(number) ? `${words[0]} ${number}` : version;
}

export function roleText(engine: EngineKind, role: TargetRole | null): string {
  if (role === null) return "–";
  if (role === "replica") return engineSupport(engine)?.replicaName ?? role;
  return role;
}
