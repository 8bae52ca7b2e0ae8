import type { Silence } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import {
  describeMatchers,
  EMPTY_SILENCE_FORM,
  parseLabels,
  sortSilences,
  toSilenceInput,
  validateSilenceForm,
} from "./silences.utils.ts";

const ruleId = "00000000-0000-4000-8000-000000000001";

describe("parseLabels", () => {
  it("reads name=value lines and skips blank ones", () => {
    expect(parseLabels(" database = app \n\nschema=public")).toEqual({
      database: "app",
      schema: "public",
    });
    expect(parseLabels("")).toEqual({});
    expect(parseLabels("oops")).toBeNull();
    expect(parseLabels("=x")).toBeNull();
  });
});

describe("validateSilenceForm", () => {
  it("needs a matcher, a positive duration and a reason", () => {
    expect(validateSilenceForm({ ...EMPTY_SILENCE_FORM, durationHours: 0 })).toEqual({
      matchers: "Choose at least one matcher",
      durationHours: "Must be more than zero",
      reason: "Say why",
    });
    expect(validateSilenceForm({ ...EMPTY_SILENCE_FORM, labels: "bad" }).labels).toBe(
      "One name=value per line",
    );
    expect(
      validateSilenceForm({ ...EMPTY_SILENCE_FORM, labels: "a=b", reason: "maintenance" }),
    ).toEqual({});
  });
});

describe("toSilenceInput", () => {
  it("keeps only the chosen matchers and ends after the duration", () => {
    const input = toSilenceInput(
      { ...EMPTY_SILENCE_FORM, ruleId, severity: "warning", durationHours: 2, reason: " upgrade " },
      new Date("2026-01-01T00:00:00Z"),
    );
    expect(input).toEqual({
      matchers: { ruleId, severity: "warning" },
      endsAt: "2026-01-01T02:00:00.000Z",
      reason: "upgrade",
    });
  });
});

describe("describeMatchers", () => {
  it("names what it can", () => {
    const names = { rules: new Map([[ruleId, "Connections"]]), targets: new Map<string, string>() };
    expect(
      describeMatchers(
        { ruleId, assetId: "t", engine: "mysql", severity: "info", labels: { db: "x" } },
        names,
      ),
    ).toBe("rule Connections, target t, engine mysql, severity info, db=x");
  });
});

describe("sortSilences", () => {
  const silence = (id: string, active: boolean, endsAt: string): Silence => ({
    id,
    matchers: { engine: "postgres" },
    startsAt: "2026-01-01T00:00:00Z",
    endsAt,
    reason: "",
    createdBy: "",
    createdAt: "2026-01-01T00:00:00Z",
    active,
  });
  it("puts active silences first, then the latest ended", () => {
    const sorted = sortSilences([
      silence("old", false, "2026-01-01T01:00:00Z"),
      silence("active", true, "2026-01-02T00:00:00Z"),
      silence("recent", false, "2026-01-01T05:00:00Z"),
    ]);
    expect(sorted.map((s) => s.id)).toEqual(["active", "recent", "old"]);
  });
});
