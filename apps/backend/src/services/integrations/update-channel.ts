import type { Channel, ChannelKind } from "@logstag/api-contract";
import { openSecrets, sealSecrets } from "../../alerting/secrets/secret-box.ts";
import type { AlertingConfig } from "../../alerting-config.ts";
import { withTransaction } from "../../store/db.ts";
import { findChannel, updateChannel as storeChannel } from "../../store/notification-channels.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { notFound } from "../errors.ts";
import { checkChannelFields, secretKeyOf } from "./channel-settings.ts";
import { toChannel } from "./to-channel.ts";

export async function updateChannel({
  ctx,
  input,
  config,
}: {
  ctx: Ctx;
  input: {
    channelId: string;
    name?: string | undefined;
    settings?: unknown;
    secrets?: Record<string, unknown> | undefined;
  };
  config: AlertingConfig;
}): Promise<Channel> {
  authorize(ctx, "integrations.manage");
  return withTransaction(ctx.db, async (tx) => {
    const row = await findChannel(tx, ctx.orgId, input.channelId);
    if (!row) throw notFound("channel");
    const key = input.secrets ? secretKeyOf(config) : null;
    const oldSecrets = key && row.secret_box ? openSecrets(key, ctx.orgId, row.secret_box) : {};
    const merged = { ...oldSecrets, ...(input.secrets ?? {}) };
    const { settings, secrets } = checkChannelFields(
      row.kind as ChannelKind,
      input.settings ?? row.settings,
      input.secrets ? merged : null,
    );
    const secretNames = input.secrets ? Object.keys(secrets) : row.secret_names;
    const secretBox = key ? sealSecrets(key, ctx.orgId, secrets) : row.secret_box;
    await storeChannel(tx, ctx.orgId, row.id, {
      name: input.name ?? row.name,
      kind: row.kind,
      settings,
      secretNames,
      secretBox,
    });
    const after = toChannel((await findChannel(tx, ctx.orgId, row.id)) ?? row);
    await recordAudit(tx, ctx, {
      action: "channel.changed",
      resourceType: "channel",
      resourceId: row.id,
      before: toChannel(row),
      after,
    });
    return after;
  });
}
