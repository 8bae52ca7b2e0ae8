import type { MessageAlert, NotificationMessage } from "../notification-message.ts";
import { type ChannelSender, postJson } from "./channel-sender.ts";

const ICON = {
  critical: ":red_circle:",
  warning: ":large_orange_circle:",
  info: ":large_blue_circle:",
};

function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function alertBlock(a: MessageAlert) {
  const resolved = a.state === "resolved" || a.state === "inactive";
  const icon = resolved
    ? ":white_check_mark:"
    : a.state === "no_data"
      ? ":grey_question:"
      : ICON[a.severity ?? "info"];
  const title = a.url ? `<${a.url}|${escapeMrkdwn(a.summary)}>` : escapeMrkdwn(a.summary);
  const labels = Object.entries(a.labels)
    .map(([k, v]) => `${k}=${escapeMrkdwn(v)}`)
    .join(", ");
  const facts = [
    `*${resolved ? "resolved" : a.state === "no_data" ? "no data" : a.severity}* · ${escapeMrkdwn(a.rule)} · ${escapeMrkdwn(a.asset)} (${a.engine})`,
    labels ? `labels: ${labels}` : "",
    `value: ${escapeMrkdwn(a.value)}`,
  ].filter(Boolean);
  return {
    type: "section",
    text: { type: "mrkdwn", text: `${icon} ${title}\n${facts.join("\n")}`.slice(0, 2900) },
  };
}

/** Slack incoming webhook: a header, one section per alert (at most 20), a context line. */
export function slackBody(message: NotificationMessage): unknown {
  const shown = message.alerts.slice(0, 20);
  const rest = message.alerts.length - shown.length;
  return {
    text: message.title,
    blocks: [
      { type: "header", text: { type: "plain_text", text: message.title.slice(0, 150) } },
      ...shown.map(alertBlock),
      {
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: `${rest > 0 ? `${rest} more alert(s) not shown · ` : ""}Logstag · ${escapeMrkdwn(message.organization)}`,
          },
        ],
      },
    ],
  };
}

export const slackChannel: ChannelSender = {
  async send(message, _settings, secrets, deps) {
    await postJson(
      String(secrets.webhookUrl),
      JSON.stringify(slackBody(message)),
      {},
      deps.timeoutMs,
    );
  },
};
