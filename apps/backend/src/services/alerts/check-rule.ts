import type { RuleInput } from "@logstag/api-contract";
import { normaliseParams } from "../../alerting/rules/rule-params.ts";
import type { AlertTemplate } from "../../alerting/templates/alert-template.ts";
import { templateLibrary } from "../../alerting/templates/load-templates.ts";
import type { RuleFields } from "../../store/alert-rules.ts";
import { findOwnedTargets } from "../../store/inventory.ts";
import type { Ctx } from "../context.ts";
import { badRequest } from "../errors.ts";

/** Checks a rule against its template and the organization's targets; returns what to store. */
export async function checkRule(
  ctx: Ctx,
  input: RuleInput,
): Promise<{ fields: RuleFields; template: AlertTemplate }> {
  const template = templateLibrary().get(input.templateId);
  if (!template)
    throw badRequest(`no alert template ${input.templateId}`, [
      { path: "templateId", message: "unknown template" },
    ]);
  const { params, overrides, problems } = normaliseParams(template, input.params, input.overrides);
  const severities = Object.keys(input.severities).filter(
    (s) => !template.conditions[s as "critical"],
  );
  for (const s of severities)
    problems.push({
      path: `severities.${s}`,
      message: `template ${template.spec.id} has no ${s} condition`,
    });
  const targetIds = [
    ...(input.scope.kind === "targets" ? input.scope.targetIds : []),
    ...Object.keys(input.overrides),
  ];
  if (targetIds.length > 0) {
    const owned = new Set((await findOwnedTargets(ctx.db, ctx.orgId, targetIds)).map((t) => t.id));
    for (const id of targetIds)
      if (!owned.has(id)) problems.push({ path: "scope", message: `target ${id} not found` });
  }
  if (problems.length > 0)
    throw badRequest(
      `the rule does not fit template ${template.spec.id}: ${problems[0]?.message}`,
      problems,
    );
  return {
    template,
    fields: {
      name: input.name,
      template_id: template.spec.id,
      template_version: template.spec.version,
      params,
      scope: input.scope,
      severities: input.severities,
      overrides,
      timing: input.timing,
      enabled: input.enabled,
    },
  };
}
