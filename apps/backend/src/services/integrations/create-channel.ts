import type { Channel, ChannelKind } from "@logstag/api-contract";
import { sealSecrets } from "../../alerting/secrets/secret-box.ts";
import type { AlertingConfig } from "../../alerting-config.ts";
import { withTransaction } from "../../store/db.ts";
import { findChannel, insertChannel } from "../../store/notification-channels.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { authorize } from "../authz/authorize.ts";
import type { Ctx } from "../context.ts";
import { checkChannelFields, secretKeyOf } from "./channel-settings.ts";
import { toChannel } from "./to-channel.ts";

export async function createChannel({
  ctx,
  input,
  config,
}: {
  ctx: Ctx;
  input: { name: string; kind: ChannelKind; settings: unknown; secrets: unknown };
  config: AlertingConfig;
}): Promise<Channel> {
  authorize(ctx, "integrations.manage");
  const { settings, secrets } = checkChannelFields(input.kind, input.settings, input.secrets);
  const secretNames = Object.keys(secrets).filter((k) => secrets[k] !== undefined);
  const secretBox =
    secretNames.length > 0 ? sealSecrets(secretKeyOf(config), ctx.orgId, secrets) : null;
  return withTransaction(ctx.db, async (tx) => {
    const id = await insertChannel(tx, ctx.orgId, {
      name: input.name,
      kind: input.kind,
      settings,
      secretNames,
      secretBox,
    });
    const channel = toChannel(
      (await findChannel(tx, ctx.orgId, id)) as NonNullable<
        Awaited<ReturnType<typeof findChannel>>
      >,
    );
    await recordAudit(tx, ctx, {
      action: "channel.created",
      resourceType: "channel",
      resourceId: id,
      after: channel,
    });
    return channel;
  });
}
