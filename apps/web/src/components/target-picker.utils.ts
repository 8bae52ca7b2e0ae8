import type { TargetSummary } from "@logstag/api-contract";
import { ENGINE_LABELS } from "@logstag/protocol";

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

export function isPostgresTarget(target: Pick<TargetSummary, "engine">): boolean {
  return target.engine === "postgres";
}
