import type { GroupRow, SentEntry } from "../../store/notification-groups.ts";
import type { PolicyRow } from "../../store/notification-policies.ts";

export interface DispatchAlert {
  id: string;
  ruleId: string;
  assetId: string;
  engine: string;
  category: string;
  severity: string | null;
  state: string;
  episode: number;
  acked: boolean;
  /** Firing or no data, and neither silenced nor muted by its asset being down. */
  notifiable: boolean;
}

export interface PlannedSend {
  policyId: string;
  channelId: string;
  groupKey: string;
  kind: "firing" | "update" | "resolved" | "repeat";
  /** The group's alerts now, then those that just resolved. */
  instanceIds: string[];
}

function matches(p: PolicyRow, a: DispatchAlert): boolean {
  const m = p.matchers;
  if (m.severities?.length && !m.severities.includes(a.severity ?? "")) return false;
  if (m.engines?.length && !m.engines.includes(a.engine)) return false;
  if (m.assetIds?.length && !m.assetIds.includes(a.assetId)) return false;
  if (m.categories?.length && !m.categories.includes(a.category)) return false;
  return true;
}

export function groupKeyOf(
  p: Pick<PolicyRow, "group_by">,
  a: Pick<DispatchAlert, "id" | "ruleId" | "assetId">,
): string {
  if (p.group_by === "instance") return `instance:${a.id}`;
  if (p.group_by === "rule_asset") return `rule:${a.ruleId}/asset:${a.assetId}`;
  return `rule:${a.ruleId}`;
}

const entryOf = (a: DispatchAlert): SentEntry => ({
  state: a.state,
  severity: a.severity,
  episode: a.episode,
});
const same = (x: SentEntry | undefined, y: SentEntry) =>
  !!x && x.state === y.state && x.severity === y.severity && x.episode === y.episode;

/**
 * Decides, for every policy × channel × group, whether to notify now: new or changed alerts after
 * group wait (first notice) or group interval (later ones), resolved alerts when the policy sends
 * them, and unacknowledged firing alerts again after the repeat interval. Pure: the caller stores
 * the returned groups and queues the sends in one transaction.
 */
export function planGroups(
  policies: PolicyRow[],
  alerts: Map<string, DispatchAlert>,
  groups: GroupRow[],
  now: Date,
): { groups: GroupRow[]; sends: PlannedSend[] } {
  const t = now.getTime();
  const byKey = new Map(groups.map((g) => [`${g.policy_id}|${g.channel_id}|${g.group_key}`, g]));
  const outGroups: GroupRow[] = [];
  const sends: PlannedSend[] = [];
  for (const p of policies) {
    if (!p.enabled) continue;
    const current = new Map<string, DispatchAlert[]>();
    for (const a of alerts.values()) {
      if (!a.notifiable || !matches(p, a)) continue;
      const key = groupKeyOf(p, a);
      current.set(key, [...(current.get(key) ?? []), a]);
    }
    for (const channelId of p.channel_ids) {
      const keys = new Set([
        ...current.keys(),
        ...groups
          .filter((g) => g.policy_id === p.id && g.channel_id === channelId)
          .map((g) => g.group_key),
      ]);
      for (const key of keys) {
        const prev = byKey.get(`${p.id}|${channelId}|${key}`);
        const sent = prev?.sent ?? {};
        const cur = current.get(key) ?? [];
        const nextSent: Record<string, SentEntry> = Object.fromEntries(
          cur.map((a) => [a.id, entryOf(a)]),
        );
        const changed = cur.filter((a) => !same(sent[a.id], entryOf(a)));
        const gone = Object.keys(sent).filter((id) => !nextSent[id]);
        const resolved = gone.filter((id) => {
          const a = alerts.get(id);
          return !a || a.state === "resolved" || a.state === "inactive";
        });
        const notifyResolved = resolved.length > 0 && p.send_resolved;
        const base: GroupRow = prev ?? {
          policy_id: p.id,
          channel_id: channelId,
          group_key: key,
          first_change_at: null,
          last_sent_at: null,
          sent: {},
        };
        const send = (kind: PlannedSend["kind"], ids: string[]) => {
          sends.push({ policyId: p.id, channelId, groupKey: key, kind, instanceIds: ids });
          outGroups.push({ ...base, first_change_at: null, last_sent_at: now, sent: nextSent });
        };
        if (changed.length > 0 || notifyResolved) {
          const first = base.first_change_at ?? now;
          const fresh = base.last_sent_at === null || Object.keys(sent).length === 0;
          const due = fresh
            ? t - first.getTime() >= p.group_wait_seconds * 1000
            : t - (base.last_sent_at as Date).getTime() >= p.group_interval_seconds * 1000;
          if (due) {
            const kind = changed.some((a) => !sent[a.id])
              ? "firing"
              : changed.length > 0
                ? "update"
                : "resolved";
            send(kind, [...cur.map((a) => a.id), ...resolved]);
          } else if (!base.first_change_at) outGroups.push({ ...base, first_change_at: first });
          continue;
        }
        const unacked = cur.some((a) => !a.acked);
        if (
          unacked &&
          base.last_sent_at &&
          t - base.last_sent_at.getTime() >= p.repeat_interval_seconds * 1000
        ) {
          send(
            "repeat",
            cur.map((a) => a.id),
          );
          continue;
        }
        if (gone.length > 0) outGroups.push({ ...base, sent: nextSent });
      }
    }
  }
  return { groups: outGroups, sends };
}
