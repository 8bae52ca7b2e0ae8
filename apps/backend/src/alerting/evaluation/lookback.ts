import type { RuleRow } from "../../store/alert-rules.ts";
import type { AlertTemplate } from "../templates/alert-template.ts";
import { staleMsOf } from "./asset-data.ts";

const MAX_LOOKBACK_MS = 25 * 3_600_000;

/**
 * How far back a rule reads each metric: the longest window a function reads it over (a duration
 * parameter used as a window counts with the rule's values), or its staleness limit when read bare.
 */
export function metricLookbacks(
  rule: Pick<RuleRow, "params" | "overrides">,
  template: AlertTemplate,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of Object.values(template.signals)) {
    let paramWindow = 0;
    for (const name of s.windowParams) {
      const spec = template.spec.params[name];
      const values = [
        spec?.default,
        rule.params[name],
        ...Object.values(rule.overrides).map((o) => o[name]),
      ];
      for (const v of values)
        if (typeof v === "number") paramWindow = Math.max(paramWindow, v * 1000);
    }
    for (const [metric, windowSeconds] of s.metrics) {
      const stale = staleMsOf(metric);
      const ms = Math.max(windowSeconds * 1000, paramWindow, Number.isFinite(stale) ? stale : 0);
      out.set(metric, Math.min(MAX_LOOKBACK_MS, Math.max(out.get(metric) ?? 0, ms)));
    }
  }
  return out;
}

/** The longest of a rule's lookbacks. */
export function lookbackMsOf(
  rule: Pick<RuleRow, "params" | "overrides">,
  template: AlertTemplate,
): number {
  return Math.max(0, ...metricLookbacks(rule, template).values());
}
