import type { TargetSummary } from "@logstag/api-contract";
import { ENGINE_LABELS, type EngineKind } from "@logstag/protocol";
import { type EngineArea, supportsArea } from "../lib/engines/engine-support.ts";

export interface TargetOption {
  value: string;
  label: string;
  disabled: boolean;
}

/** Supported targets first by name; the others are listed, disabled, with their engine. */
export function targetOptions(
  targets: readonly TargetSummary[],
  isSupported: (target: TargetSummary) => boolean,
): TargetOption[] {
  return targets
    .map((target) => ({
      value: target.id,
      label: isSupported(target)
        ? target.name
        : `${target.name} (${ENGINE_LABELS[target.engine]}, not supported yet)`,
      disabled: !isSupported(target),
    }))
    .sort((a, b) => Number(a.disabled) - Number(b.disabled) || a.label.localeCompare(b.label));
}

/** The target a view opens when none is chosen: the first supported target by name. */
export function pickDefaultTarget(
  targets: readonly TargetSummary[],
  isSupported: (target: TargetSummary) => boolean,
): TargetSummary | undefined {
  return [...targets].filter(isSupported).sort((a, b) => a.name.localeCompare(b.name))[0];
}

/** Whether an area can open the target, per the engine support record. */
export function isSupportedIn(
  area: EngineArea,
): (target: Pick<TargetSummary, "engine">) => boolean {
  return (target) => supportsArea(target.engine, area);
}

/** Engines of the targets an area cannot open, each once, by name. */
export function unsupportedEngines(
  targets: readonly TargetSummary[],
  isSupported: (target: TargetSummary) => boolean,
): EngineKind[] {
  const engines = new Set(targets.filter((t) => !isSupported(t)).map((t) => t.engine));
  return [...engines].sort((a, b) => ENGINE_LABELS[a].localeCompare(ENGINE_LABELS[b]));
}
