import { describe, expect, it } from "vitest";
import type { NoDataPolicy } from "../templates/template-schema.ts";
import type { AlertState, InstanceState, LifecycleEvent, Observation } from "./alert-state.ts";
import { nextState } from "./next-state.ts";

const M = 60_000;
const NOW = 100 * M;
const match = (severity: "critical" | "warning" | "info" = "warning"): Observation => ({
  kind: "match",
  severity,
});
const clear: Observation = { kind: "clear" };
const noData: Observation = { kind: "no_data" };

interface Row {
  name: string;
  prev: Partial<InstanceState> & { state: AlertState };
  obs: Observation;
  forMin?: number;
  keepMin?: number;
  policy?: NoDataPolicy;
  want: { state: AlertState; severity?: string | null; since?: number; clearSince?: number | null };
  event: LifecycleEvent | null;
}

const ROWS: Row[] = [
  {
    name: "inactive stays inactive on clear",
    prev: { state: "inactive" },
    obs: clear,
    want: { state: "inactive" },
    event: null,
  },
  {
    name: "inactive goes pending on a match",
    prev: { state: "inactive" },
    obs: match(),
    forMin: 2,
    want: { state: "pending", severity: "warning", since: NOW },
    event: "pending",
  },
  {
    name: "inactive fires at once without `for`",
    prev: { state: "inactive" },
    obs: match(),
    forMin: 0,
    want: { state: "firing", since: NOW },
    event: "firing",
  },
  {
    name: "pending waits out `for`",
    prev: { state: "pending", severity: "warning", since: NOW - M },
    obs: match(),
    forMin: 2,
    want: { state: "pending", since: NOW - M },
    event: null,
  },
  {
    name: "pending fires once `for` has passed",
    prev: { state: "pending", severity: "warning", since: NOW - 2 * M },
    obs: match("critical"),
    forMin: 2,
    want: { state: "firing", severity: "critical", since: NOW },
    event: "firing",
  },
  {
    name: "pending takes the new severity silently",
    prev: { state: "pending", severity: "warning", since: NOW - M },
    obs: match("critical"),
    forMin: 2,
    want: { state: "pending", severity: "critical" },
    event: null,
  },
  {
    name: "pending is cancelled by a clear",
    prev: { state: "pending", severity: "warning", since: NOW - M },
    obs: clear,
    forMin: 2,
    want: { state: "inactive", severity: null },
    event: "cancelled",
  },
  {
    name: "firing stays firing on a match",
    prev: { state: "firing", severity: "warning", since: NOW - 5 * M },
    obs: match(),
    want: { state: "firing", since: NOW - 5 * M },
    event: null,
  },
  {
    name: "firing escalates",
    prev: { state: "firing", severity: "warning", since: NOW - 5 * M },
    obs: match("critical"),
    want: { state: "firing", severity: "critical", since: NOW - 5 * M },
    event: "escalated",
  },
  {
    name: "firing de-escalates",
    prev: { state: "firing", severity: "critical", since: NOW - 5 * M },
    obs: match("warning"),
    want: { state: "firing", severity: "warning" },
    event: "deescalated",
  },
  {
    name: "firing resolves on a clear without keep_firing_for",
    prev: { state: "firing", severity: "warning", since: NOW - 5 * M },
    obs: clear,
    want: { state: "resolved", since: NOW },
    event: "resolved",
  },
  {
    name: "keep_firing_for holds a brief clear",
    prev: { state: "firing", severity: "warning", since: NOW - 5 * M },
    obs: clear,
    keepMin: 3,
    want: { state: "firing", clearSince: NOW },
    event: null,
  },
  {
    name: "keep_firing_for keeps counting from the first clear",
    prev: { state: "firing", severity: "warning", since: NOW - 5 * M, clearSince: NOW - 2 * M },
    obs: clear,
    keepMin: 3,
    want: { state: "firing", clearSince: NOW - 2 * M },
    event: null,
  },
  {
    name: "keep_firing_for ends in resolved",
    prev: { state: "firing", severity: "warning", since: NOW - 9 * M, clearSince: NOW - 3 * M },
    obs: clear,
    keepMin: 3,
    want: { state: "resolved" },
    event: "resolved",
  },
  {
    name: "a match during keep_firing_for resets it",
    prev: { state: "firing", severity: "warning", since: NOW - 9 * M, clearSince: NOW - 2 * M },
    obs: match(),
    keepMin: 3,
    want: { state: "firing", clearSince: null },
    event: null,
  },
  {
    name: "resolved stays resolved on a clear",
    prev: { state: "resolved", severity: "warning", since: NOW - M },
    obs: clear,
    want: { state: "resolved", since: NOW - M },
    event: null,
  },
  {
    name: "resolved starts a new episode on a match",
    prev: { state: "resolved", since: NOW - M },
    obs: match(),
    forMin: 1,
    want: { state: "pending", since: NOW },
    event: "pending",
  },
  {
    name: "no data, keep_last: firing stays firing",
    prev: { state: "firing", severity: "critical", since: NOW - M },
    obs: noData,
    policy: "keep_last",
    want: { state: "firing", severity: "critical" },
    event: null,
  },
  {
    name: "no data, keep_last: pending stays pending",
    prev: { state: "pending", severity: "warning", since: NOW - M },
    obs: noData,
    policy: "keep_last",
    forMin: 1,
    want: { state: "pending", since: NOW - M },
    event: null,
  },
  {
    name: "no data, ok: firing resolves",
    prev: { state: "firing", severity: "critical", since: NOW - M },
    obs: noData,
    policy: "ok",
    want: { state: "resolved" },
    event: "resolved",
  },
  {
    name: "no data, ok: inactive stays inactive",
    prev: { state: "inactive" },
    obs: noData,
    policy: "ok",
    want: { state: "inactive" },
    event: null,
  },
  {
    name: "no data, alert: inactive fires with the no-data severity",
    prev: { state: "inactive" },
    obs: noData,
    policy: "alert",
    want: { state: "firing", severity: "warning" },
    event: "firing",
  },
  {
    name: "no data, no_data: firing enters the no-data state",
    prev: { state: "firing", severity: "critical", since: NOW - M },
    obs: noData,
    policy: "no_data",
    want: { state: "no_data", severity: null, since: NOW },
    event: "no_data",
  },
  {
    name: "no data, no_data: stays without a second event",
    prev: { state: "no_data", since: NOW - M },
    obs: noData,
    policy: "no_data",
    want: { state: "no_data", since: NOW - M },
    event: null,
  },
  {
    name: "data back and clear after no_data resolves",
    prev: { state: "no_data", since: NOW - M },
    obs: clear,
    policy: "no_data",
    want: { state: "resolved" },
    event: "resolved",
  },
  {
    name: "data back and matching after no_data goes pending",
    prev: { state: "no_data", since: NOW - M },
    obs: match(),
    forMin: 1,
    policy: "no_data",
    want: { state: "pending" },
    event: "pending",
  },
];

describe("nextState", () => {
  it.each(ROWS)("$name", (row) => {
    const prev: InstanceState = { severity: null, since: 0, clearSince: null, ...row.prev };
    const { next, event } = nextState(
      prev,
      row.obs,
      {
        forMs: (row.forMin ?? 0) * M,
        keepFiringForMs: (row.keepMin ?? 0) * M,
        noData: row.policy ?? "keep_last",
        noDataSeverity: "warning",
      },
      NOW,
    );
    expect(event).toBe(row.event);
    expect(next).toMatchObject(row.want);
  });
});
