import type { DryRunResponse, RuleInput } from "@logstag/api-contract";
import { loadReplayData, replayRule } from "../../alerting/evaluation/replay-rule.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { checkRule } from "./check-rule.ts";

const STEPS = 240;

/** Replays a rule (saved or not) over the last hours: where and when it would have fired. */
export async function dryRunRule({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { rule: RuleInput; hours: number };
}): Promise<DryRunResponse> {
  authorize(ctx, "alert-rules.manage");
  const { fields, template } = await checkRule(ctx, input.rule);
  const to = Date.now();
  const from = to - input.hours * 3_600_000;
  const stepMs = Math.max(10_000, Math.ceil((to - from) / STEPS / 1000) * 1000);
  const rule = { id: "dry-run", ...fields };
  const data = await loadReplayData(
    ctx.db,
    ctx.orgId,
    rule,
    template,
    new Date(from),
    new Date(to),
  );
  const episodes = replayRule(rule, template, data, from, to, stepMs);
  return {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    stepSeconds: stepMs / 1000,
    assetsEvaluated: data.assets.length,
    episodes: episodes.slice(0, 500).map((e) => ({
      assetId: e.asset.id,
      assetName: e.asset.name,
      labels: e.labels,
      severity: e.severity,
      firedAt: new Date(e.firedAt).toISOString(),
      resolvedAt: e.resolvedAt === null ? null : new Date(e.resolvedAt).toISOString(),
      peakValue: e.peakValue,
    })),
  };
}
