import { describe, expect, it } from "vitest";
import { describeMute, type MuteForm, toMuteBody } from "./mute.utils.ts";

const NOW = new Date("2025-03-04T10:00:00.000Z");
const form = (overrides: Partial<MuteForm>): MuteForm => ({
  reason: "TLS ends at the proxy",
  duration: "30",
  date: "",
  ...overrides,
});

describe("toMuteBody", () => {
  it("ends a preset duration that many days from now", () => {
    expect(toMuteBody(form({}), NOW)).toEqual({
      ok: true,
      body: { reason: "TLS ends at the proxy", until: "2025-04-03T10:00:00.000Z" },
    });
  });

  it("trims the reason and refuses one shorter than 3 characters", () => {
    const result = toMuteBody(form({ reason: "  ok " }), NOW);
    expect(result).toEqual({ ok: false, errors: { reason: expect.stringMatching(/at least 3/) } });
    const trimmed = toMuteBody(form({ reason: "  known  " }), NOW);
    expect(trimmed.ok && trimmed.body.reason).toBe("known");
  });

  it("ends a custom mute at the start of the chosen day", () => {
    const result = toMuteBody(form({ duration: "custom", date: "2025-05-01" }), NOW);
    expect(result.ok && result.body.until).toBe(new Date(2025, 4, 1).toISOString());
  });

  it("refuses a missing, past or too distant custom date", () => {
    const errorOf = (date: string) => {
      const result = toMuteBody(form({ duration: "custom", date }), NOW);
      return result.ok ? null : result.errors.date;
    };
    expect(errorOf("")).toMatch(/Pick the day/);
    expect(errorOf("2025-02-01")).toMatch(/future/);
    expect(errorOf("2026-06-01")).toMatch(/at most 366 days/);
  });

  it("reports both problems at once", () => {
    const result = toMuteBody(form({ reason: "", duration: "custom", date: "x" }), NOW);
    expect(result.ok ? null : Object.keys(result.errors).sort()).toEqual(["date", "reason"]);
  });
});

describe("describeMute", () => {
  it("names who muted, until when and why", () => {
    const text = describeMute({
      id: "00000000-0000-4000-8000-0000000000b1",
      by: "ana@example.test",
      reason: "known",
      until: "2025-04-01T00:00:00.000Z",
    });
    expect(text).toMatch(
      /^Muted by ana@example.test until \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}: known$/,
    );
  });
});
