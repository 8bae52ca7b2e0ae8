import type { ReportSchedule } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import {
  describeCadence,
  describeRecipients,
  describeTargets,
  type ScheduleForm,
  scheduleFormFrom,
  toScheduleBody,
} from "./schedule.utils.ts";

const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const names = new Map([
  [A, "orders"],
  [B, "cache"],
]);

const SCHEDULE: ReportSchedule = {
  id: "00000000-0000-4000-8000-0000000000c1",
  name: "Weekly DBA digest",
  targetIds: [A],
  frequency: "daily",
  hourUtc: 7,
  weekday: null,
  recipients: ["dba@example.test"],
  attachments: ["pdf", "json"],
  enabled: false,
  createdAt: "2025-03-01T00:00:00.000Z",
  createdBy: "owner@example.test",
  lastRunAt: null,
  lastResult: null,
};

const form = (overrides: Partial<ScheduleForm>): ScheduleForm => ({
  ...scheduleFormFrom(null),
  name: "Digest",
  ...overrides,
});

describe("describeCadence", () => {
  it("says how often and at which UTC hour", () => {
    expect(describeCadence({ frequency: "daily", hourUtc: 6, weekday: null })).toBe(
      "Daily at 06:00 UTC",
    );
    expect(describeCadence({ frequency: "weekly", hourUtc: 18, weekday: 0 })).toBe(
      "Weekly on Sunday at 18:00 UTC",
    );
  });
});

describe("describeTargets", () => {
  it("says all targets for an empty list and names the chosen ones", () => {
    expect(describeTargets([], names)).toMatch(/^All targets/);
    expect(describeTargets([A], names)).toBe("orders");
    expect(describeTargets([A, B], names)).toBe("orders and cache");
    expect(describeTargets([A, B, "x"], names)).toBe("orders, cache and a removed target");
    expect(describeTargets([A, B, "x", "y"], names)).toBe("orders, cache and 2 more");
  });
});

describe("describeRecipients", () => {
  it("lists recipients or says the reports are only kept", () => {
    expect(describeRecipients([])).toMatch(/only kept/);
    expect(describeRecipients(["a@x.test", "b@x.test"])).toBe("a@x.test, b@x.test");
  });
});

describe("scheduleFormFrom", () => {
  it("starts a new schedule weekly on Monday at 06:00 with a PDF", () => {
    expect(scheduleFormFrom(null)).toMatchObject({
      frequency: "weekly",
      hourUtc: "6",
      weekday: "1",
      attachments: ["pdf"],
      enabled: true,
    });
  });

  it("round-trips an existing schedule", () => {
    const result = toScheduleBody(scheduleFormFrom(SCHEDULE));
    expect(result).toEqual({
      ok: true,
      body: {
        name: "Weekly DBA digest",
        targetIds: [A],
        frequency: "daily",
        hourUtc: 7,
        weekday: null,
        recipients: ["dba@example.test"],
        attachments: ["pdf", "json"],
        enabled: false,
      },
    });
  });
});

describe("toScheduleBody", () => {
  it("keeps the weekday of weekly schedules only", () => {
    const weekly = toScheduleBody(form({ frequency: "weekly", weekday: "5" }));
    expect(weekly.ok && weekly.body.weekday).toBe(5);
    const daily = toScheduleBody(form({ frequency: "daily", weekday: "5" }));
    expect(daily.ok && daily.body.weekday).toBeNull();
  });

  it("trims names and drops blank and repeated recipients", () => {
    const result = toScheduleBody(
      form({ name: "  x ", recipients: [" a@x.test", "a@x.test", ""] }),
    );
    expect(result.ok && [result.body.name, result.body.recipients]).toEqual(["x", ["a@x.test"]]);
  });

  it("splits pasted lists and drops separators left at the end", () => {
    const result = toScheduleBody(form({ recipients: ["a@x.test,", "b@x.test; c@x.test"] }));
    expect(result.ok && result.body.recipients).toEqual(["a@x.test", "b@x.test", "c@x.test"]);
  });

  it("refuses a blank name, bad addresses and recipients without an attachment", () => {
    const result = toScheduleBody(form({ name: " ", recipients: ["nope"], attachments: [] }));
    expect(result).toEqual({
      ok: false,
      errors: {
        name: "Give the schedule a name.",
        recipients: "Not an e-mail address: nope",
        attachments: "Attach at least one format, or remove the recipients.",
      },
    });
  });
});
