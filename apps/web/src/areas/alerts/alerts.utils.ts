import type { Alert, AlertSeverity, AlertSignal, AlertStateName } from "@logstag/api-contract";
import type { ChartColor } from "../../components/chart-colors.ts";
import type { ChartData } from "../../components/time-series-chart.utils.ts";

/** `active` lists pending, firing and no-data alerts; `recent` adds the resolved ones. */
export type AlertStateFilter = "active" | "firing" | "pending" | "recent";

export interface AlertListFilters {
  state: AlertStateFilter;
  severity: AlertSeverity | null;
  engine: string | null;
  assetId: string | null;
}

export const DEFAULT_ALERT_FILTERS: AlertListFilters = {
  state: "active",
  severity: null,
  engine: null,
  assetId: null,
};

/** What the server filters; the state narrowing beyond its two views happens in `filterAlerts`. */
export function toAlertListQuery(filters: AlertListFilters) {
  return {
    view: filters.state === "recent" ? ("all" as const) : ("active" as const),
    severity: filters.severity ?? undefined,
    engine: filters.engine ?? undefined,
    assetId: filters.assetId ?? undefined,
  };
}

const STATES_SHOWN: Record<AlertStateFilter, readonly AlertStateName[]> = {
  active: ["firing", "pending", "no_data"],
  firing: ["firing"],
  pending: ["pending"],
  recent: ["firing", "pending", "no_data", "resolved"],
};

const STATE_ORDER: Record<AlertStateName, number> = {
  firing: 0,
  no_data: 1,
  pending: 2,
  resolved: 3,
  inactive: 4,
};

const SEVERITY_ORDER: Record<AlertSeverity, number> = { critical: 0, warning: 1, info: 2 };

/** Keeps the alerts of the chosen state, most urgent first, then the longest-standing. */
export function filterAlerts(alerts: readonly Alert[], state: AlertStateFilter): Alert[] {
  const shown = STATES_SHOWN[state];
  return alerts
    .filter((alert) => shown.includes(alert.state))
    .sort(
      (a, b) =>
        STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
        severityRank(a.severity) - severityRank(b.severity) ||
        a.since.localeCompare(b.since),
    );
}

function severityRank(severity: AlertSeverity | null): number {
  return severity === null ? 3 : SEVERITY_ORDER[severity];
}

/** Distinct values for a filter's options, sorted, from the alerts currently listed. */
export function distinctOptions(
  alerts: readonly Alert[],
  pick: (alert: Alert) => { value: string; label: string },
): { value: string; label: string }[] {
  const byValue = new Map<string, string>();
  for (const alert of alerts) {
    const option = pick(alert);
    byValue.set(option.value, option.label);
  }
  return [...byValue]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export const STATE_LABELS: Record<AlertStateName, string> = {
  firing: "Firing",
  pending: "Pending",
  no_data: "No data",
  resolved: "Resolved",
  inactive: "Inactive",
};

export const STATE_COLORS: Record<AlertStateName, string> = {
  firing: "red",
  pending: "yellow",
  no_data: "gray",
  resolved: "green",
  inactive: "gray",
};

export const SEVERITY_COLORS: Record<AlertSeverity, ChartColor> = {
  critical: "red",
  warning: "orange",
  info: "blue",
};

/** Formats an alert value with its unit, or a dash when there is none. */
export function formatAlertValue(value: number | null, unit: string): string {
  if (value === null) return "—";
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  return unit === "" ? String(rounded) : `${rounded} ${unit}`;
}

/** The signal (times in epoch milliseconds) as one line, with a flat dashed line per threshold. */
export function toSignalChart(signal: AlertSignal): ChartData {
  const timestamps = signal.points.map(([at]) => Math.round(at / 1000));
  return {
    timestamps,
    series: [
      { label: "Value", values: signal.points.map(([, value]) => value), color: "blue" },
      ...signal.thresholds.map((threshold) => ({
        label: `${threshold.severity} threshold`,
        values: timestamps.map(() => threshold.value),
        color: SEVERITY_COLORS[threshold.severity],
        dashed: true,
      })),
    ],
  };
}

/** Whether the caller may acknowledge this alert now. */
export function canAcknowledge(alert: Alert, operate: boolean): boolean {
  return (
    operate &&
    alert.acknowledged === null &&
    alert.state !== "resolved" &&
    alert.state !== "inactive"
  );
}
