import { describe, expect, it } from "vitest";
import type { GroupRow } from "../../store/notification-groups.ts";
import type { PolicyRow } from "../../store/notification-policies.ts";
import { type DispatchAlert, planGroups } from "./plan-groups.ts";

const T = new Date("2030-01-01T00:00:00Z");
const sec = (s: number) => new Date(T.getTime() + s * 1000);
const policy: PolicyRow = {
  id: "p",
  name: "all",
  position: 0,
  matchers: {},
  channel_ids: ["c"],
  group_by: "rule",
  group_wait_seconds: 30,
  group_interval_seconds: 300,
  repeat_interval_seconds: 3600,
  send_resolved: true,
  enabled: true,
  created_at: T,
  updated_at: T,
};
const alert = (over: Partial<DispatchAlert> = {}): DispatchAlert => ({
  id: "a1",
  ruleId: "r",
  assetId: "t",
  engine: "postgres",
  category: "capacity",
  severity: "warning",
  state: "firing",
  episode: 1,
  acked: false,
  notifiable: true,
  ...over,
});
const alerts = (...list: DispatchAlert[]) => new Map(list.map((a) => [a.id, a]));
const sentGroup = (over: Partial<GroupRow> = {}): GroupRow => ({
  policy_id: "p",
  channel_id: "c",
  group_key: "rule:r",
  first_change_at: null,
  last_sent_at: sec(0),
  sent: { a1: { state: "firing", severity: "warning", episode: 1 } },
  ...over,
});

describe("planGroups", () => {
  it("waits out group wait before the first notification", () => {
    const first = planGroups([policy], alerts(alert()), [], sec(0));
    expect(first.sends).toEqual([]);
    expect(first.groups[0]?.first_change_at).toEqual(sec(0));
    const later = planGroups([policy], alerts(alert()), first.groups, sec(30));
    expect(later.sends).toEqual([
      { policyId: "p", channelId: "c", groupKey: "rule:r", kind: "firing", instanceIds: ["a1"] },
    ]);
  });

  it("says nothing when nothing changed before the repeat interval", () => {
    expect(planGroups([policy], alerts(alert()), [sentGroup()], sec(600)).sends).toEqual([]);
  });

  it("repeats unacknowledged alerts, not acknowledged ones", () => {
    expect(planGroups([policy], alerts(alert()), [sentGroup()], sec(3600)).sends[0]?.kind).toBe(
      "repeat",
    );
    expect(
      planGroups([policy], alerts(alert({ acked: true })), [sentGroup()], sec(3600)).sends,
    ).toEqual([]);
  });

  it("batches a new alert of the group after the group interval", () => {
    const two = alerts(alert(), alert({ id: "a2", assetId: "t2" }));
    expect(planGroups([policy], two, [sentGroup()], sec(100)).sends).toEqual([]);
    expect(planGroups([policy], two, [sentGroup()], sec(300)).sends[0]).toMatchObject({
      kind: "firing",
      instanceIds: ["a1", "a2"],
    });
  });

  it("tells an escalation as an update and a resolution as resolved", () => {
    const escalated = alerts(alert({ severity: "critical" }));
    expect(planGroups([policy], escalated, [sentGroup()], sec(300)).sends[0]?.kind).toBe("update");
    const resolved = alerts(alert({ state: "resolved", notifiable: false }));
    expect(planGroups([policy], resolved, [sentGroup()], sec(300)).sends[0]).toMatchObject({
      kind: "resolved",
      instanceIds: ["a1"],
    });
  });

  it("drops a muted alert silently, and a resolution too when the policy does not send them", () => {
    const muted = planGroups(
      [policy],
      alerts(alert({ notifiable: false })),
      [sentGroup()],
      sec(300),
    );
    expect(muted.sends).toEqual([]);
    expect(muted.groups[0]?.sent).toEqual({});
    const quiet = { ...policy, send_resolved: false };
    const resolved = alerts(alert({ state: "resolved", notifiable: false }));
    expect(planGroups([quiet], resolved, [sentGroup()], sec(300)).sends).toEqual([]);
  });

  it("routes only what the policy matches", () => {
    const critOnly = { ...policy, group_wait_seconds: 0, matchers: { severities: ["critical"] } };
    expect(planGroups([critOnly], alerts(alert()), [], sec(0)).sends).toEqual([]);
    expect(
      planGroups([critOnly], alerts(alert({ severity: "critical" })), [], sec(0)).sends,
    ).toHaveLength(1);
  });
});
