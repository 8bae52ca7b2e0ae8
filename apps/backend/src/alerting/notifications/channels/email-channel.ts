import nodemailer, { type Transporter } from "nodemailer";
import type { NotificationMessage } from "../notification-message.ts";
import type { ChannelSender } from "./channel-sender.ts";

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function emailText(message: NotificationMessage): string {
  const lines = [message.title, ""];
  for (const a of message.alerts) {
    const state = a.state === "firing" ? (a.severity ?? "firing") : a.state.replace("_", " ");
    lines.push(`${state.toUpperCase()}: ${a.summary}`);
    lines.push(`  rule: ${a.rule} · asset: ${a.asset} (${a.engine}) · value: ${a.value}`);
    const labels = Object.entries(a.labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(", ");
    if (labels) lines.push(`  labels: ${labels}`);
    lines.push(`  ${a.description}`);
    if (a.url) lines.push(`  ${a.url}`);
    lines.push("");
  }
  lines.push(`Logstag · ${message.organization} · delivery ${message.deliveryId}`);
  return lines.join("\n");
}

function emailHtml(message: NotificationMessage): string {
  const rows = message.alerts
    .map((a) => {
      const link = a.url
        ? `<a href="${escapeHtml(a.url)}">${escapeHtml(a.summary)}</a>`
        : escapeHtml(a.summary);
      return `<tr><td><b>${escapeHtml(a.state === "firing" ? (a.severity ?? "") : a.state)}</b></td><td>${link}<br><small>${escapeHtml(a.rule)} · ${escapeHtml(a.asset)} · ${escapeHtml(a.value)}</small></td></tr>`;
    })
    .join("");
  return `<h2>${escapeHtml(message.title)}</h2><table cellpadding="6">${rows}</table><p><small>Logstag · ${escapeHtml(message.organization)}</small></p>`;
}

/** E-mail through the channel's SMTP server, or the backend's (LOGSTAG_SMTP_URL). */
export const emailChannel: ChannelSender = {
  async send(message, settings, secrets, deps) {
    const host = settings.host as string | undefined;
    let transport: Transporter;
    let from = (settings.from as string | undefined) ?? deps.smtp?.from;
    if (host) {
      const user = settings.user as string | undefined;
      transport = nodemailer.createTransport({
        host,
        port: (settings.port as number | undefined) ?? 587,
        secure: (settings.secure as boolean | undefined) ?? false,
        ...(user ? { auth: { user, pass: String(secrets.password ?? "") } } : {}),
        connectionTimeout: deps.timeoutMs,
        socketTimeout: deps.timeoutMs,
      });
    } else if (deps.smtp) {
      transport = nodemailer.createTransport(deps.smtp.url);
    } else {
      throw new Error("this channel names no SMTP server and LOGSTAG_SMTP_URL is not set");
    }
    from ??= "Logstag <logstag@localhost>";
    try {
      await transport.sendMail({
        from,
        to: (settings.to as string[]).join(", "),
        subject: message.title,
        text: emailText(message),
        html: emailHtml(message),
        headers: { "X-Logstag-Delivery": message.deliveryId },
      });
    } finally {
      transport.close();
    }
  },
};
