import type { RuleRow } from "../../store/alert-rules.ts";
import type { AlertTemplate } from "../templates/alert-template.ts";
import { staleMsOf } from "./asset-data.ts";

const MAX_LOOKBACK_MS = 25 * 3_600_000;

/** How far back a rule reads: its longest window (duration parameters included) or staleness limit. */
export function lookbackMsOf(
  rule: Pick<RuleRow, "params" | "overrides">,
  template: AlertTemplate,
): number {
  let ms = 0;
  for (const s of Object.values(template.signals)) {
    for (const [metric, windowSeconds] of s.metrics) {
      const stale = staleMsOf(metric);
      ms = Math.max(ms, windowSeconds * 1000, Number.isFinite(stale) ? stale : 0);
    }
  }
  const windowParams = new Set(Object.values(template.signals).flatMap((s) => [...s.windowParams]));
  for (const [name, spec] of Object.entries(template.spec.params)) {
    if (spec.type !== "duration" || !windowParams.has(name)) continue;
    const values = [
      spec.default,
      rule.params[name],
      ...Object.values(rule.overrides).map((o) => o[name]),
    ];
    for (const v of values) if (typeof v === "number") ms = Math.max(ms, v * 1000);
  }
  return Math.min(ms, MAX_LOOKBACK_MS);
}
