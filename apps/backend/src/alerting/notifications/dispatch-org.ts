import { randomUUID } from "node:crypto";
import type { JobTools } from "../../jobs/job-definitions.ts";
import { listSilences } from "../../store/alert-silences.ts";
import { listAlertViews, listMutedAssets } from "../../store/alert-views.ts";
import { type Db, withTransaction } from "../../store/db.ts";
import { insertDelivery } from "../../store/notification-deliveries.ts";
import {
  listGroups,
  listNotifiableInstanceIds,
  saveGroups,
} from "../../store/notification-groups.ts";
import { listPolicies } from "../../store/notification-policies.ts";
import type { AlertTemplate } from "../templates/alert-template.ts";
import { buildMessage, goneAlert, messageAlert } from "./build-message.ts";
import { type DispatchAlert, planGroups } from "./plan-groups.ts";
import { silenceMatches } from "./silence-match.ts";

export const DELIVERY_QUEUE = "notification-delivery";
// Any constant; with the organization it names the lock of one dispatch per org at once.
const DISPATCH_LOCK = 7_312_102;

export interface DispatchDeps {
  library: Map<string, AlertTemplate>;
  publicUrl: string | null;
  tools: JobTools;
}

/** Turns the organization's alert changes into queued deliveries, per its policies. */
export async function dispatchOrg(db: Db, orgId: string, deps: DispatchDeps, now = new Date()) {
  return withTransaction(db, async (tx) => {
    const { rows } = await tx.query<{ ok: boolean; name: string }>(
      "select pg_try_advisory_xact_lock($1, hashtext($2::text)) as ok, (select name from organizations where id = $2::uuid) as name",
      [DISPATCH_LOCK, orgId],
    );
    if (!rows[0]?.ok) return { sends: 0, skipped: true };
    const policies = await listPolicies(tx, orgId);
    const ids = await listNotifiableInstanceIds(tx, orgId);
    const views = ids.length > 0 ? await listAlertViews(tx, orgId, { view: "all", ids }) : [];
    const silences = await listSilences(tx, orgId, now);
    const muting = [...deps.library.values()]
      .filter((t) => t.spec.mutes_asset)
      .map((t) => t.spec.id);
    const muted = await listMutedAssets(tx, orgId, muting);
    const alerts = new Map<string, DispatchAlert>();
    for (const v of views) {
      const template = deps.library.get(v.template_id);
      const silenced = silences.some((s) =>
        silenceMatches(s.matchers, {
          ruleId: v.rule_id,
          assetId: v.asset_id,
          engine: v.engine,
          severity: v.severity,
          labels: v.labels,
        }),
      );
      const inhibited = muted.has(v.asset_id) && !template?.spec.mutes_asset;
      alerts.set(v.id, {
        id: v.id,
        ruleId: v.rule_id,
        assetId: v.asset_id,
        engine: v.engine,
        category: template?.spec.category ?? "availability",
        severity: v.severity,
        state: v.state,
        episode: v.episode,
        acked: v.acked_at !== null,
        notifiable: (v.state === "firing" || v.state === "no_data") && !silenced && !inhibited,
      });
    }
    const plan = planGroups(policies, alerts, await listGroups(tx, orgId), now);
    const viewById = new Map(views.map((v) => [v.id, v]));
    for (const s of plan.sends) {
      const deliveryId = randomUUID();
      const message = buildMessage({
        deliveryId,
        kind: s.kind,
        organization: rows[0].name,
        groupKey: s.groupKey,
        alerts: s.instanceIds.map((id) => {
          const v = viewById.get(id);
          return v
            ? messageAlert(v, deps.library.get(v.template_id), deps.publicUrl)
            : goneAlert(id);
        }),
        now,
      });
      await insertDelivery(tx, orgId, {
        id: deliveryId,
        channelId: s.channelId,
        policyId: s.policyId,
        groupKey: s.groupKey,
        kind: s.kind,
        instanceIds: s.instanceIds,
        payload: message,
      });
      await deps.tools.enqueue(tx, DELIVERY_QUEUE, { orgId, deliveryId });
    }
    await saveGroups(tx, orgId, plan.groups);
    return { sends: plan.sends.length };
  });
}
