import type { Policy } from "@logstag/api-contract";
import type { PolicyFields, PolicyRow } from "../../store/notification-policies.ts";

export function toPolicy(row: PolicyRow): Policy {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    matchers: row.matchers as Policy["matchers"],
    channelIds: row.channel_ids,
    groupBy: row.group_by,
    groupWaitSeconds: row.group_wait_seconds,
    groupIntervalSeconds: row.group_interval_seconds,
    repeatIntervalSeconds: row.repeat_interval_seconds,
    sendResolved: row.send_resolved,
    enabled: row.enabled,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toPolicyFields(p: Omit<Policy, "id" | "createdAt" | "updatedAt">): PolicyFields {
  return {
    name: p.name,
    position: p.position,
    matchers: p.matchers,
    channel_ids: p.channelIds,
    group_by: p.groupBy,
    group_wait_seconds: p.groupWaitSeconds,
    group_interval_seconds: p.groupIntervalSeconds,
    repeat_interval_seconds: p.repeatIntervalSeconds,
    send_resolved: p.sendResolved,
    enabled: p.enabled,
  };
}
