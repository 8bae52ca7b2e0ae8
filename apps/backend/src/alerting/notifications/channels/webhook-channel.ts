import { createHmac } from "node:crypto";
import type { NotificationMessage } from "../notification-message.ts";
import { type ChannelSender, postJson } from "./channel-sender.ts";

export const SIGNATURE_HEADER = "x-logstag-signature";
export const TIMESTAMP_HEADER = "x-logstag-timestamp";
export const DELIVERY_HEADER = "x-logstag-delivery";

/** `sha256=` + hex HMAC-SHA256 of `<timestamp>.<body>` with the channel's signing secret. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** Generic webhook: the message as JSON, signed, with its delivery id for de-duplication. */
export const webhookChannel: ChannelSender = {
  async send(message: NotificationMessage, _settings, secrets, deps) {
    const body = JSON.stringify(message);
    const timestamp = String(Math.floor(Date.now() / 1000));
    await postJson(
      String(secrets.url),
      body,
      {
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: signWebhook(String(secrets.signingSecret), timestamp, body),
        [DELIVERY_HEADER]: message.deliveryId,
      },
      deps.timeoutMs,
    );
  },
};
