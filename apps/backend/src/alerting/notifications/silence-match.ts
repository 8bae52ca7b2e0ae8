import type { SilenceMatchers } from "../../store/alert-silences.ts";

export interface Silenceable {
  ruleId: string;
  assetId: string;
  engine: string;
  severity: string | null;
  labels: Record<string, string>;
}

/** Whether every matcher the silence names agrees with the alert. */
export function silenceMatches(m: SilenceMatchers, a: Silenceable): boolean {
  if (m.ruleId && m.ruleId !== a.ruleId) return false;
  if (m.assetId && m.assetId !== a.assetId) return false;
  if (m.engine && m.engine !== a.engine) return false;
  if (m.severity && m.severity !== a.severity) return false;
  for (const [k, v] of Object.entries(m.labels ?? {})) if (a.labels[k] !== v) return false;
  return true;
}
