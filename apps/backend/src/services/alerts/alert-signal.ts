import type { AlertSignal } from "@logstag/api-contract";
import { evaluateGroup, type SeverityMap } from "../../alerting/evaluation/evaluate-asset.ts";
import { loadReplayData } from "../../alerting/evaluation/replay-rule.ts";
import { toNumber } from "../../alerting/expression/evaluate-expression.ts";
import { effectiveParams } from "../../alerting/rules/rule-params.ts";
import { templateLibrary } from "../../alerting/templates/load-templates.ts";
import { SEVERITIES } from "../../alerting/templates/template-schema.ts";
import { findRule } from "../../store/alert-rules.ts";
import { listAlertViews } from "../../store/alert-views.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";
import { thresholdOf } from "./threshold-of.ts";

const POINTS = 180;

/** The alert's `value` signal over the last hours, evaluated as the rule sees it, with thresholds. */
export async function alertSignal({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { alertId: string; hours: number };
}): Promise<AlertSignal> {
  authorize(ctx, "alerts.read");
  const [row] = await listAlertViews(ctx.db, ctx.orgId, { view: "all", ids: [input.alertId] });
  const rule = row && (await findRule(ctx.db, ctx.orgId, row.rule_id));
  const template = row && templateLibrary().get(row.template_id);
  if (!row || !rule || !template) throw notFound("alert");
  const to = Date.now();
  const from = to - input.hours * 3_600_000;
  const data = await loadReplayData(
    ctx.db,
    ctx.orgId,
    rule,
    template,
    new Date(from),
    new Date(to),
  );
  const asset = data.assets.find((a) => a.id === row.asset_id);
  const signals = asset && template.signals[asset.signalEngine];
  const params = effectiveParams(template, rule, row.asset_id);
  const points: [number, number | null][] = [];
  if (asset && signals) {
    const series = data.series(asset);
    const step = (to - from) / POINTS;
    for (let at = from; at <= to; at += step) {
      const g = evaluateGroup({
        template,
        signals,
        params,
        data: series,
        labels: row.labels,
        at,
        severityMap: rule.severities as SeverityMap,
        active: null,
      });
      points.push([Math.round(at), g.value]);
    }
  }
  const thresholds = SEVERITIES.flatMap((severity) => {
    const c = template.conditions[severity];
    const mapped = rule.severities[severity] ?? severity;
    const v = c && mapped !== "off" ? toNumber(thresholdOf(c.when, params)) : null;
    return v === null ? [] : [{ severity: mapped as typeof severity, value: v }];
  });
  return { unit: template.spec.unit, points, thresholds };
}
