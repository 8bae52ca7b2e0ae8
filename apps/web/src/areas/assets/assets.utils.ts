import type {
  AgentSummary,
  TargetDiagnostic,
  TargetStatus,
  TargetSummary,
} from "@logstag/api-contract";
import { ENGINE_LABELS, type EngineKind } from "@logstag/protocol";
import {
  AREA_TITLES,
  ENGINE_AREAS,
  type EngineArea,
  supportsArea,
  versionText,
} from "../../lib/engines/engine-support.ts";

/** The Database Explorer page of the target, when its engine is shown there. */
export function explorerPath(target: Pick<TargetSummary, "id" | "engine">): string | null {
  return supportsArea(target.engine, "database-explorer")
    ? `/database-explorer/${target.id}`
    : null;
}

export interface AreaLink {
  area: EngineArea;
  title: string;
  path: string;
}

/** Every area that shows the target's engine, in navigation order. */
export function targetAreaLinks(target: Pick<TargetSummary, "id" | "engine">): AreaLink[] {
  return ENGINE_AREAS.filter((area) => supportsArea(target.engine, area)).map((area) => ({
    area,
    title: AREA_TITLES[area],
    path: `/${area}/${target.id}`,
  }));
}

/** "Valkey 8.0.1", "PostgreSQL 18.1"; null until the agent reported a version. */
export function versionLabel(target: Pick<TargetSummary, "engine" | "version">): string | null {
  return versionText(target.engine, target.version);
}

export function engineLabel(engine: EngineKind): string {
  return ENGINE_LABELS[engine];
}

const STATUS_ORDER: Record<TargetStatus, number> = {
  down: 0,
  degraded: 1,
  stale: 2,
  pending: 3,
  up: 4,
};

/** Problems first, then by name, so what needs attention sits at the top. */
export function sortTargets(targets: readonly TargetSummary[]): TargetSummary[] {
  return [...targets].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.name.localeCompare(b.name),
  );
}

export function sortAgents(agents: readonly AgentSummary[]): AgentSummary[] {
  return [...agents].sort((a, b) => a.name.localeCompare(b.name));
}

/** "3 targets · 2 up · 1 down"; statuses with no target are left out. */
export function summarizeTargets(targets: readonly TargetSummary[]): string {
  const counts = new Map<TargetStatus, number>();
  for (const target of targets) counts.set(target.status, (counts.get(target.status) ?? 0) + 1);
  const parts = (["up", "degraded", "down", "stale", "pending"] as const)
    .filter((status) => counts.has(status))
    .map((status) => `${counts.get(status)} ${status}`);
  const noun = targets.length === 1 ? "target" : "targets";
  return [`${targets.length} ${noun}`, ...parts].join(" · ");
}

/** The badge: what the collectors miss is mostly privileges, sometimes a setting or extension. */
export function describeDiagnosticsCount(count: number): string {
  return `${count} missing`;
}

/** By collector, then code, so the list does not reorder between refreshes. */
export function sortDiagnostics(diagnostics: readonly TargetDiagnostic[]): TargetDiagnostic[] {
  return [...diagnostics].sort(
    (a, b) => a.collector.localeCompare(b.collector) || a.code.localeCompare(b.code),
  );
}

/** Every distinct fix once, one per line, ready to paste into psql. */
export function joinFixes(diagnostics: readonly TargetDiagnostic[]): string {
  return [...new Set(diagnostics.map((d) => d.fix.trim()))].join("\n");
}
