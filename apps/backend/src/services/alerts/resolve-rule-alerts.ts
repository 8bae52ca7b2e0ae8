import type { Queryable } from "../../store/db.ts";

/** Resolves every open alert of a rule, recording why, and stamps them as changed for notification. */
export async function resolveRuleAlerts(
  tx: Queryable,
  orgId: string,
  ruleId: string,
  why: string,
): Promise<void> {
  await tx.query(
    `with closed as (
       update alert_instances set state = 'resolved', since = now(), clear_since = null,
              changed_at = now(), acked_at = null, acked_by = null, ack_comment = null
        where org_id = $1 and rule_id = $2 and state in ('pending', 'firing', 'no_data')
        returning id, severity, value)
     insert into alert_events (org_id, instance_id, rule_id, event, state, severity, value, comment)
     select $1, id, $2, 'resolved', 'resolved', severity, value, $3 from closed`,
    [orgId, ruleId, why],
  );
}
