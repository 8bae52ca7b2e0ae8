import type { AlertViewRow } from "../../store/alert-views.ts";
import { formatValue } from "../evaluation/format-value.ts";
import type { AlertTemplate } from "../templates/alert-template.ts";
import {
  type MessageAlert,
  type MessageKind,
  messageTitle,
  type NotificationMessage,
} from "./notification-message.ts";

export function messageAlert(
  row: AlertViewRow,
  template: AlertTemplate | undefined,
  publicUrl: string | null,
): MessageAlert {
  return {
    id: row.id,
    state: row.state,
    severity: row.severity,
    rule: row.rule_name,
    templateId: row.template_id,
    asset: row.asset_name,
    engine: row.engine,
    labels: row.labels,
    value: formatValue(row.value, template?.spec.unit ?? "count"),
    summary: row.annotations.summary ?? row.rule_name,
    description: row.annotations.description ?? "",
    since: row.since.toISOString(),
    url: publicUrl ? `${publicUrl}/alerts/${row.id}` : null,
  };
}

/** A deleted alert (its rule was removed) is told as resolved with what the group last knew. */
export function goneAlert(id: string): MessageAlert {
  return {
    id,
    state: "resolved",
    severity: null,
    rule: "deleted rule",
    templateId: "",
    asset: "",
    engine: "",
    labels: {},
    value: "no data",
    summary: "The rule of this alert was deleted",
    description: "",
    since: new Date().toISOString(),
    url: null,
  };
}

export function buildMessage(opts: {
  deliveryId: string;
  kind: MessageKind;
  organization: string;
  groupKey: string | null;
  alerts: MessageAlert[];
  now: Date;
}): NotificationMessage {
  const resolved = opts.alerts.filter(
    (a) => a.state === "resolved" || a.state === "inactive",
  ).length;
  return {
    version: 1,
    deliveryId: opts.deliveryId,
    kind: opts.kind,
    title: messageTitle(opts.kind, opts.alerts),
    organization: opts.organization,
    groupKey: opts.groupKey,
    firing: opts.alerts.length - resolved,
    resolved,
    alerts: opts.alerts,
    sentAt: opts.now.toISOString(),
  };
}
