import type { NotificationMessage } from "../notification-message.ts";

export interface SendDeps {
  /** The backend's own SMTP server (LOGSTAG_SMTP_URL), for e-mail channels that name none. */
  smtp: { url: string; from: string } | undefined;
  timeoutMs: number;
}

/** Delivers a message through one kind of channel; throws with a readable reason when it fails. */
export interface ChannelSender {
  send(
    message: NotificationMessage,
    settings: Record<string, unknown>,
    secrets: Record<string, unknown>,
    deps: SendDeps,
  ): Promise<void>;
}

/** POSTs JSON and insists on a 2xx answer. */
export async function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "Logstag", ...headers },
      body,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "error",
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    throw new Error(`could not reach ${new URL(url).host}: ${cause ?? (err as Error).message}`);
  }
  const text = await res.text().catch(() => "");
  if (!res.ok)
    throw new Error(`${new URL(url).host} answered ${res.status}: ${text.slice(0, 200)}`);
}
