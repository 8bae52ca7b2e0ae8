import { describe, expect, it } from "vitest";
import { type ConditionResult, classify } from "./classify.ts";

const cond = (
  severity: ConditionResult["severity"],
  when: boolean | null,
  recover: { below?: number; above?: number } = {},
): ConditionResult => ({
  severity,
  when,
  recoverBelow: recover.below ?? null,
  recoverAbove: recover.above ?? null,
});

describe("classify", () => {
  const rows: {
    name: string;
    results: ConditionResult[];
    value: number | null;
    active: ConditionResult["severity"] | null;
    want: ReturnType<typeof classify>;
  }[] = [
    {
      name: "the highest true severity wins",
      results: [cond("warning", true), cond("critical", true)],
      value: 99,
      active: null,
      want: { kind: "match", severity: "critical" },
    },
    {
      name: "nothing true and a value: clear",
      results: [cond("warning", false), cond("critical", false)],
      value: 10,
      active: null,
      want: { kind: "clear" },
    },
    {
      name: "nothing true and no value: no data",
      results: [cond("warning", null)],
      value: null,
      active: null,
      want: { kind: "no_data" },
    },
    {
      name: "a true condition counts even without a value",
      results: [cond("info", true)],
      value: null,
      active: null,
      want: { kind: "match", severity: "info" },
    },
    {
      name: "hysteresis keeps an active warning above recover_below",
      results: [cond("warning", false, { below: 75 })],
      value: 78,
      active: "warning",
      want: { kind: "match", severity: "warning" },
    },
    {
      name: "below recover_below it clears",
      results: [cond("warning", false, { below: 75 })],
      value: 74,
      active: "warning",
      want: { kind: "clear" },
    },
    {
      name: "hysteresis does not raise an inactive instance",
      results: [cond("warning", false, { below: 75 })],
      value: 78,
      active: null,
      want: { kind: "clear" },
    },
    {
      name: "an active critical falls back to warning between thresholds",
      results: [cond("critical", false, { below: 90 }), cond("warning", true, { below: 75 })],
      value: 85,
      active: "critical",
      want: { kind: "match", severity: "warning" },
    },
    {
      name: "an active critical holds above its recover threshold",
      results: [cond("critical", false, { below: 90 }), cond("warning", true, { below: 75 })],
      value: 92,
      active: "critical",
      want: { kind: "match", severity: "critical" },
    },
    {
      name: "recover_above holds a low-value alert until it rises",
      results: [cond("warning", false, { above: 96 })],
      value: 95.5,
      active: "warning",
      want: { kind: "match", severity: "warning" },
    },
    {
      name: "an active warning does not hold a critical by hysteresis",
      results: [cond("critical", false, { below: 90 }), cond("warning", false, { below: 75 })],
      value: 95,
      active: "warning",
      want: { kind: "match", severity: "warning" },
    },
  ];
  it.each(rows)("$name", ({ results, value, active, want }) => {
    expect(classify(results, value, active)).toEqual(want);
  });
});
