import { randomBytes } from "node:crypto";
import { upsertInstances } from "../store/alert-instances.ts";
import { insertRule } from "../store/alert-rules.ts";
import { insertSilence } from "../store/alert-silences.ts";
import type { Db } from "../store/db.ts";
import { insertChannel } from "../store/notification-channels.ts";
import { insertPolicy } from "../store/notification-policies.ts";

/** A rule of the connection saturation template on every PostgreSQL target. */
export async function addTestRule(db: Db, orgId: string): Promise<string> {
  const row = await insertRule(db, orgId, {
    name: "Connections",
    template_id: "postgres-connection-saturation",
    template_version: 1,
    params: {},
    scope: { kind: "all" },
    severities: {},
    overrides: {},
    timing: {},
    enabled: true,
  });
  return row.id;
}

/** A firing alert of a new rule on the target. */
export async function addTestAlert(db: Db, orgId: string, targetId: string): Promise<string> {
  const ruleId = await addTestRule(db, orgId);
  const now = new Date();
  const ids = await upsertInstances(db, orgId, [
    {
      rule_id: ruleId,
      asset_kind: "target",
      asset_id: targetId,
      asset_name: "postgres-1",
      engine: "postgres",
      labels_key: "[]",
      labels: {},
      state: "firing",
      severity: "warning",
      since: now,
      clear_since: null,
      value: 90,
      annotations: { summary: "many connections" },
      episode: 1,
      evaluated_at: now,
      changed_at: now,
      clearAck: false,
    },
  ]);
  return [...ids.values()][0] as string;
}

export async function addTestSilence(db: Db, orgId: string): Promise<string> {
  const row = await insertSilence(db, orgId, {
    matchers: { engine: "postgres" },
    starts_at: new Date(),
    ends_at: new Date(Date.now() + 3_600_000),
    reason: "maintenance",
    created_by: "test",
  });
  return row.id;
}

/** A webhook channel whose secrets are sealed with a throw-away key (it is never sent through). */
export async function addTestChannel(db: Db, orgId: string): Promise<string> {
  return insertChannel(db, orgId, {
    name: "hook",
    kind: "webhook",
    settings: {},
    secretNames: [],
    secretBox: null,
  });
}

export async function addTestPolicy(db: Db, orgId: string): Promise<string> {
  const channelId = await addTestChannel(db, orgId);
  return insertPolicy(db, orgId, {
    name: "all",
    position: 0,
    matchers: {},
    channel_ids: [channelId],
    group_by: "rule",
    group_wait_seconds: 0,
    group_interval_seconds: 60,
    repeat_interval_seconds: 3600,
    send_resolved: true,
    enabled: true,
  });
}

/** A secret key for test backends, so channel secrets can be sealed without a data directory. */
export const testSecretKey = () => randomBytes(32).toString("base64");
