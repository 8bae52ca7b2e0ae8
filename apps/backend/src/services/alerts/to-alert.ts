import type { Alert } from "@logstag/api-contract";
import type { Silenceable } from "../../alerting/notifications/silence-match.ts";
import { silenceMatches } from "../../alerting/notifications/silence-match.ts";
import { templateLibrary } from "../../alerting/templates/load-templates.ts";
import { listSilences } from "../../store/alert-silences.ts";
import { type AlertViewRow, listMutedAssets } from "../../store/alert-views.ts";
import type { Ctx } from "../context.ts";

/** What decides whether alerts are muted now: active silences and assets that are down. */
export async function loadMuting(ctx: Ctx) {
  const library = templateLibrary();
  const muting = [...library.values()].filter((t) => t.spec.mutes_asset).map((t) => t.spec.id);
  const [silences, mutedAssets] = await Promise.all([
    listSilences(ctx.db, ctx.orgId, new Date()),
    listMutedAssets(ctx.db, ctx.orgId, muting),
  ]);
  return {
    silenced: (a: Silenceable) => silences.some((s) => silenceMatches(s.matchers, a)),
    inhibited: (assetId: string, templateId: string) =>
      mutedAssets.has(assetId) && !library.get(templateId)?.spec.mutes_asset,
  };
}

export function toAlert(row: AlertViewRow, muting: Awaited<ReturnType<typeof loadMuting>>): Alert {
  const template = templateLibrary().get(row.template_id);
  return {
    id: row.id,
    ruleId: row.rule_id,
    ruleName: row.rule_name,
    templateId: row.template_id,
    category: template?.spec.category ?? "availability",
    assetKind: row.asset_kind,
    assetId: row.asset_id,
    assetName: row.asset_name,
    engine: row.engine,
    labels: row.labels,
    state: row.state,
    severity: row.severity,
    since: row.since.toISOString(),
    value: row.value,
    unit: template?.spec.unit ?? "count",
    annotations: row.annotations,
    acknowledged: row.acked_at
      ? { by: row.acked_by ?? "", at: row.acked_at.toISOString(), comment: row.ack_comment }
      : null,
    silenced: muting.silenced({
      ruleId: row.rule_id,
      assetId: row.asset_id,
      engine: row.engine,
      severity: row.severity,
      labels: row.labels,
    }),
    inhibited: muting.inhibited(row.asset_id, row.template_id),
    evaluatedAt: row.evaluated_at.toISOString(),
  };
}
