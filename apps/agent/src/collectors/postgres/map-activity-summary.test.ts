import { expect, it } from "vitest";
import { mapActivitySummary, summarizeSessions } from "./map-activity.ts";

it("summarizes a complete sample like the summary statement would", () => {
  const at = (s: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, s));
  const rows = [
    {
      state: "active",
      wait_event_type: null,
      backend_type: "client backend",
      xact_start: at(0),
      query_start: at(50),
      sampled_at: at(60),
    },
    {
      state: "active",
      wait_event_type: "Lock",
      backend_type: "client backend",
      xact_start: at(30),
      query_start: at(30),
      sampled_at: at(60),
    },
    {
      state: "idle in transaction",
      wait_event_type: "Client",
      backend_type: "client backend",
      xact_start: at(20),
      state_change: at(55),
      sampled_at: at(60),
    },
    {
      state: "idle",
      wait_event_type: "Client",
      backend_type: "client backend",
      sampled_at: at(60),
    },
    { state: "active", wait_event_type: "Activity", backend_type: "walsender", sampled_at: at(60) },
  ];
  const metrics = mapActivitySummary(summarizeSessions(rows));
  const value = (name: string, type?: string) =>
    metrics.find((m) => m.name === name && (!type || m.labels?.wait_event_type === type))?.value;
  expect(value("postgres.activity.active", "CPU")).toBe(1);
  expect(value("postgres.activity.active", "Lock")).toBe(1);
  expect(value("postgres.activity.active", "Activity")).toBe(0);
  expect(value("postgres.activity.blocked")).toBe(1);
  expect(value("postgres.activity.idle_in_transaction")).toBe(1);
  expect(value("postgres.activity.longest_transaction")).toBe(60);
  expect(value("postgres.activity.longest_query")).toBe(30);
  expect(value("postgres.activity.longest_idle_in_transaction")).toBe(5);
});
