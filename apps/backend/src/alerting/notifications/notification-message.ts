import type { AlertSeverity, AlertStateName } from "@logstag/api-contract";

export type MessageKind = "firing" | "update" | "resolved" | "repeat" | "test";

export interface MessageAlert {
  id: string;
  state: AlertStateName;
  severity: AlertSeverity | null;
  rule: string;
  templateId: string;
  asset: string;
  engine: string;
  labels: Record<string, string>;
  value: string;
  summary: string;
  description: string;
  since: string;
  url: string | null;
}

/** What one notification says, whatever the channel; the webhook body is exactly this. */
export interface NotificationMessage {
  version: 1;
  deliveryId: string;
  kind: MessageKind;
  title: string;
  organization: string;
  groupKey: string | null;
  firing: number;
  resolved: number;
  alerts: MessageAlert[];
  sentAt: string;
}

const SEVERITY_ORDER = { critical: 0, warning: 1, info: 2 } as const;

/** A one-line title: `[FIRING 2] Connection saturation on orders-db (critical)`. */
export function messageTitle(kind: MessageKind, alerts: MessageAlert[]): string {
  if (kind === "test") return "Logstag test notification";
  const active = alerts.filter((a) => a.state !== "resolved" && a.state !== "inactive");
  const head = active.length > 0 ? `FIRING ${active.length}` : "RESOLVED";
  const first = [...alerts].sort(
    (a, b) => SEVERITY_ORDER[a.severity ?? "info"] - SEVERITY_ORDER[b.severity ?? "info"],
  )[0];
  if (!first) return `[${head}]`;
  const more = alerts.length > 1 ? ` and ${alerts.length - 1} more` : "";
  const severity = first.severity && active.length > 0 ? ` (${first.severity})` : "";
  return `[${head}] ${first.rule} on ${first.asset}${more}${severity}`;
}
