import type { Alert } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import {
  canAcknowledge,
  DEFAULT_ALERT_FILTERS,
  distinctOptions,
  filterAlerts,
  formatAlertValue,
  toAlertListQuery,
  toSignalChart,
} from "./alerts.utils.ts";

function alert(overrides: Partial<Alert>): Alert {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    ruleId: "00000000-0000-4000-8000-000000000002",
    ruleName: "Connections",
    templateId: "postgres.connections",
    category: "availability",
    assetKind: "target",
    assetId: "00000000-0000-4000-8000-000000000003",
    assetName: "db-1",
    engine: "postgres",
    labels: {},
    state: "firing",
    severity: "warning",
    since: "2026-01-01T00:00:00Z",
    value: 1,
    unit: "",
    annotations: {},
    acknowledged: null,
    silenced: false,
    inhibited: false,
    evaluatedAt: "2026-01-01T00:00:00Z",
    ...overrides,
  };
}

describe("toAlertListQuery", () => {
  it("asks for active alerts by default and all alerts for the recent view", () => {
    expect(toAlertListQuery(DEFAULT_ALERT_FILTERS)).toEqual({
      view: "active",
      severity: undefined,
      engine: undefined,
      assetId: undefined,
    });
    expect(
      toAlertListQuery({ state: "recent", severity: "critical", engine: "mysql", assetId: "a" }),
    ).toEqual({ view: "all", severity: "critical", engine: "mysql", assetId: "a" });
  });
});

describe("filterAlerts", () => {
  const firingWarn = alert({ id: "1", state: "firing", severity: "warning" });
  const firingCrit = alert({ id: "2", state: "firing", severity: "critical" });
  const pending = alert({ id: "3", state: "pending" });
  const resolved = alert({ id: "4", state: "resolved" });
  const inactive = alert({ id: "5", state: "inactive" });
  const noData = alert({ id: "6", state: "no_data", severity: null });
  const all = [resolved, pending, firingWarn, inactive, noData, firingCrit];

  it("orders active alerts by state, then severity", () => {
    expect(filterAlerts(all, "active").map((a) => a.id)).toEqual(["2", "1", "6", "3"]);
  });
  it("narrows to one state", () => {
    expect(filterAlerts(all, "firing").map((a) => a.id)).toEqual(["2", "1"]);
    expect(filterAlerts(all, "pending").map((a) => a.id)).toEqual(["3"]);
  });
  it("adds resolved alerts, never inactive ones, to the recent view", () => {
    expect(filterAlerts(all, "recent").map((a) => a.id)).toEqual(["2", "1", "6", "3", "4"]);
  });
  it("puts the longest-standing first within the same state and severity", () => {
    const older = alert({ id: "a", since: "2025-01-01T00:00:00Z" });
    const newer = alert({ id: "b", since: "2026-06-01T00:00:00Z" });
    expect(filterAlerts([newer, older], "active").map((a) => a.id)).toEqual(["a", "b"]);
  });
});

describe("distinctOptions", () => {
  it("deduplicates and sorts by label", () => {
    const alerts = [
      alert({ assetName: "b", assetId: "2" }),
      alert({ assetName: "a", assetId: "1" }),
      alert({ assetName: "b", assetId: "2" }),
    ];
    expect(distinctOptions(alerts, (a) => ({ value: a.assetId, label: a.assetName }))).toEqual([
      { value: "1", label: "a" },
      { value: "2", label: "b" },
    ]);
  });
});

describe("formatAlertValue", () => {
  it("rounds and appends the unit", () => {
    expect(formatAlertValue(null, "%")).toBe("—");
    expect(formatAlertValue(12.3456, "%")).toBe("12.35 %");
    expect(formatAlertValue(1234.5, "")).toBe("1235");
  });
});

describe("toSignalChart", () => {
  it("converts milliseconds to seconds and draws one dashed line per threshold", () => {
    const chart = toSignalChart({
      unit: "%",
      points: [
        [1_000_000, 5],
        [1_060_000, null],
      ],
      thresholds: [{ severity: "critical", value: 90 }],
    });
    expect(chart.timestamps).toEqual([1000, 1060]);
    expect(chart.series).toEqual([
      { label: "Value", values: [5, null], color: "blue" },
      { label: "critical threshold", values: [90, 90], color: "red", dashed: true },
    ]);
  });
});

describe("canAcknowledge", () => {
  it("needs the capability, an open alert and no acknowledgement yet", () => {
    expect(canAcknowledge(alert({}), true)).toBe(true);
    expect(canAcknowledge(alert({}), false)).toBe(false);
    expect(canAcknowledge(alert({ state: "resolved" }), true)).toBe(false);
    expect(
      canAcknowledge(
        alert({ acknowledged: { by: "x", at: "2026-01-01T00:00:00Z", comment: null } }),
        true,
      ),
    ).toBe(false);
  });
});
