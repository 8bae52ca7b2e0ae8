import type { ChannelKind } from "@logstag/api-contract";
import { type Db, withTransaction } from "../../store/db.ts";
import { findChannel } from "../../store/notification-channels.ts";
import { claimDelivery, finishDelivery } from "../../store/notification-deliveries.ts";
import { openSecrets } from "../secrets/secret-box.ts";
import type { SendDeps } from "./channels/channel-sender.ts";
import { CHANNEL_SENDERS } from "./channels/registry.ts";
import type { NotificationMessage } from "./notification-message.ts";

export interface DeliveryDeps extends SendDeps {
  secretKey: () => Buffer;
  retryLimit: number;
}

/**
 * Sends one queued delivery. The row stays locked while sending, so a delivery is sent by one
 * worker at a time; once sent it is never sent again. A failure is recorded and rethrown, so the
 * queue retries it with backoff, until the last attempt marks it failed.
 */
export async function deliverNotification(
  db: Db,
  data: { orgId: string; deliveryId: string },
  deps: DeliveryDeps,
  attempt: { retryCount: number },
): Promise<void> {
  const failure = await withTransaction(db, async (tx) => {
    const d = await claimDelivery(tx, data.orgId, data.deliveryId);
    if (!d) return null;
    const channel = await findChannel(tx, data.orgId, d.channel_id);
    if (!channel) {
      await finishDelivery(tx, data.orgId, d.id, {
        status: "failed",
        error: "the channel was deleted",
      });
      return null;
    }
    try {
      const sender = CHANNEL_SENDERS[channel.kind as ChannelKind];
      if (!sender) throw new Error(`unknown channel kind ${channel.kind}`);
      const secrets = channel.secret_box
        ? openSecrets(deps.secretKey(), data.orgId, channel.secret_box)
        : {};
      await sender.send(d.payload as NotificationMessage, channel.settings, secrets, deps);
      await finishDelivery(tx, data.orgId, d.id, { status: "sent", error: null });
      return null;
    } catch (err) {
      const last = attempt.retryCount >= deps.retryLimit;
      const error = (err as Error).message.slice(0, 1000);
      await finishDelivery(tx, data.orgId, d.id, { status: last ? "failed" : "queued", error });
      return last ? null : error;
    }
  });
  if (failure) throw new Error(failure);
}
