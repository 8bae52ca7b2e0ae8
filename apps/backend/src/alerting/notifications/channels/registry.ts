import type { ChannelKind } from "@logstag/api-contract";
import type { ChannelSender } from "./channel-sender.ts";
import { emailChannel } from "./email-channel.ts";
import { slackChannel } from "./slack-channel.ts";
import { webhookChannel } from "./webhook-channel.ts";

/** How each channel kind sends; a kind added to the contract fails to compile until it is here. */
export const CHANNEL_SENDERS = {
  slack: slackChannel,
  webhook: webhookChannel,
  email: emailChannel,
} as const satisfies Record<ChannelKind, ChannelSender>;
