import type { AlertRule } from "@logstag/api-contract";
import { templateLibrary } from "../../alerting/templates/load-templates.ts";
import type { RuleRow } from "../../store/alert-rules.ts";

export function toRule(row: RuleRow): AlertRule {
  const template = templateLibrary().get(row.template_id);
  return {
    id: row.id,
    name: row.name,
    templateId: row.template_id,
    templateVersion: row.template_version,
    templateName: template?.spec.name ?? row.template_id,
    category: template?.spec.category ?? "availability",
    engines: template?.spec.engines ?? [],
    params: row.params,
    scope: row.scope,
    severities: row.severities,
    overrides: row.overrides,
    timing: row.timing as AlertRule["timing"],
    enabled: row.enabled,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    firing: row.firing ?? 0,
    pending: row.pending ?? 0,
  };
}
