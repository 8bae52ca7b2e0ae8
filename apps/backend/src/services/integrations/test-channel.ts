import { randomUUID } from "node:crypto";
import type { ChannelKind } from "@logstag/api-contract";
import { buildMessage } from "../../alerting/notifications/build-message.ts";
import { CHANNEL_SENDERS } from "../../alerting/notifications/channels/registry.ts";
import { openSecrets } from "../../alerting/secrets/secret-box.ts";
import type { AlertingConfig } from "../../alerting-config.ts";
import { withTransaction } from "../../store/db.ts";
import { findChannel } from "../../store/notification-channels.ts";
import { insertDelivery } from "../../store/notification-deliveries.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";
import { secretKeyOf } from "./channel-settings.ts";

/** Sends a test message through the channel now and records the outcome in its delivery log. */
export async function testChannel({
  ctx,
  input,
  config,
  smtp,
}: {
  ctx: Ctx;
  input: { channelId: string };
  config: AlertingConfig;
  smtp: { url: string; from: string } | undefined;
}): Promise<{ delivered: boolean; error: string | null }> {
  authorize(ctx, "integrations.manage");
  const row = await findChannel(ctx.db, ctx.orgId, input.channelId);
  if (!row) throw notFound("channel");
  const deliveryId = randomUUID();
  const { rows } = await ctx.db.query<{ name: string }>(
    "select name from organizations where id = $1",
    [ctx.orgId],
  );
  const message = buildMessage({
    deliveryId,
    kind: "test",
    organization: rows[0]?.name ?? "",
    groupKey: null,
    alerts: [],
    now: new Date(),
  });
  let error: string | null = null;
  try {
    const secrets = row.secret_box
      ? openSecrets(secretKeyOf(config), ctx.orgId, row.secret_box)
      : {};
    await CHANNEL_SENDERS[row.kind as ChannelKind].send(message, row.settings, secrets, {
      smtp,
      timeoutMs: 10_000,
    });
  } catch (err) {
    error = (err as Error).message.slice(0, 1000);
  }
  await withTransaction(ctx.db, async (tx) => {
    await insertDelivery(tx, ctx.orgId, {
      id: deliveryId,
      channelId: row.id,
      policyId: null,
      groupKey: null,
      kind: "test",
      instanceIds: [],
      payload: message,
      status: error ? "failed" : "sent",
      lastError: error,
    });
    await recordAudit(tx, ctx, {
      action: "channel.tested",
      resourceType: "channel",
      resourceId: row.id,
      after: { delivered: !error, error },
    });
  });
  return { delivered: error === null, error };
}
