import type { AlertSeverity, Silence } from "@logstag/api-contract";

export interface SilenceForm {
  ruleId: string | null;
  assetId: string | null;
  engine: string | null;
  severity: AlertSeverity | null;
  /** One `name=value` per line. */
  labels: string;
  durationHours: number;
  reason: string;
}

export const EMPTY_SILENCE_FORM: SilenceForm = {
  ruleId: null,
  assetId: null,
  engine: null,
  severity: null,
  labels: "",
  durationHours: 2,
  reason: "",
};

export interface SilenceInput {
  matchers: {
    ruleId?: string;
    assetId?: string;
    engine?: string;
    severity?: AlertSeverity;
    labels?: Record<string, string>;
  };
  endsAt: string;
  reason: string;
}

/** Label lines as a record; null when a non-empty line is not `name=value`. */
export function parseLabels(text: string): Record<string, string> | null {
  const labels: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    const at = trimmed.indexOf("=");
    if (at <= 0) return null;
    labels[trimmed.slice(0, at).trim()] = trimmed.slice(at + 1).trim();
  }
  return labels;
}

/** Why the form cannot be sent, by field, or an empty record. */
export function validateSilenceForm(form: SilenceForm): Record<string, string> {
  const errors: Record<string, string> = {};
  const labels = parseLabels(form.labels);
  if (labels === null) errors.labels = "One name=value per line";
  const hasMatcher =
    form.ruleId !== null ||
    form.assetId !== null ||
    form.engine !== null ||
    form.severity !== null ||
    (labels !== null && Object.keys(labels).length > 0);
  if (!hasMatcher) errors.matchers = "Choose at least one matcher";
  if (!(form.durationHours > 0)) errors.durationHours = "Must be more than zero";
  if (form.reason.trim() === "") errors.reason = "Say why";
  return errors;
}

export function toSilenceInput(form: SilenceForm, now: Date): SilenceInput {
  const labels = parseLabels(form.labels) ?? {};
  return {
    matchers: {
      ...(form.ruleId !== null && { ruleId: form.ruleId }),
      ...(form.assetId !== null && { assetId: form.assetId }),
      ...(form.engine !== null && { engine: form.engine }),
      ...(form.severity !== null && { severity: form.severity }),
      ...(Object.keys(labels).length > 0 && { labels }),
    },
    endsAt: new Date(now.getTime() + form.durationHours * 3_600_000).toISOString(),
    reason: form.reason.trim(),
  };
}

/** The matchers in words, with rule and target names where they are known. */
export function describeMatchers(
  matchers: Silence["matchers"],
  names: { rules: ReadonlyMap<string, string>; targets: ReadonlyMap<string, string> },
): string {
  const parts: string[] = [];
  if (matchers.ruleId) parts.push(`rule ${names.rules.get(matchers.ruleId) ?? matchers.ruleId}`);
  if (matchers.assetId)
    parts.push(`target ${names.targets.get(matchers.assetId) ?? matchers.assetId}`);
  if (matchers.engine) parts.push(`engine ${matchers.engine}`);
  if (matchers.severity) parts.push(`severity ${matchers.severity}`);
  for (const [name, value] of Object.entries(matchers.labels ?? {})) parts.push(`${name}=${value}`);
  return parts.join(", ");
}

/** Active silences first, then the most recently ended. */
export function sortSilences(silences: readonly Silence[]): Silence[] {
  return [...silences].sort(
    (a, b) => Number(b.active) - Number(a.active) || b.endsAt.localeCompare(a.endsAt),
  );
}
