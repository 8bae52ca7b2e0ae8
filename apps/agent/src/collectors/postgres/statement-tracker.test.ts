import { describe, expect, it } from "vitest";
import { type Entry, StatementTracker, selectTop } from "./statement-tracker.ts";

const entry = (
  key: string,
  calls: number,
  time: number,
  statsSince: string | null = null,
): Entry => ({
  key,
  id: `${key}/1/1`,
  queryId: key,
  toplevel: true,
  counters: { calls, total_exec_time: time, rows: calls },
  statsSince,
});

const value = (
  samples: { name: string; value: number; labels?: Record<string, string> }[],
  key: string,
  name = "postgres.statements.calls",
) => samples.find((s) => s.name === name && s.labels?.query === key)?.value;

describe("StatementTracker", () => {
  it("takes the first read as the baseline and reports nothing", () => {
    const t = new StatementTracker();
    expect(t.advance([entry("a", 10, 5)], null)).toBeNull();
  });

  it("counts each interval's change once: new keys start at 0 and their first change goes to other", () => {
    const t = new StatementTracker();
    t.advance([entry("a", 10, 5), entry("b", 1, 1)], null);
    const d1 = t.advance([entry("a", 20, 15), entry("b", 2, 2), entry("c", 5, 1)], null);
    expect(d1?.get("a")).toMatchObject({ calls: 10, total_exec_time: 10 });
    expect(d1?.get("c")).toMatchObject({ calls: 5 });
    const s1 = t.report(d1 ?? new Map(), ["a"], 0);
    expect(value(s1, "a")).toBe(0);
    expect(value(s1, "other")).toBe(0);
    const d2 = t.advance([entry("a", 25, 20), entry("b", 4, 3), entry("c", 6, 2)], null);
    const s2 = t.report(d2 ?? new Map(), ["a"], 1);
    expect(value(s2, "a")).toBe(5);
    // other's own baseline was 0; it gains b's 2 and c's 1
    expect(value(s2, "other")).toBe(3);
  });

  it("never reports a decrease: a global reset, a per-entry reset and a smaller counter start over from the current value", () => {
    const t = new StatementTracker();
    t.advance([entry("a", 100, 50, "2025-01-01T00:00:00.000Z"), entry("b", 100, 50)], "r1");
    const d = t.advance([entry("a", 3, 1, "2025-01-02T00:00:00.000Z"), entry("b", 7, 2)], "r1");
    expect(d?.get("a")).toMatchObject({ calls: 3, total_exec_time: 1 });
    expect(d?.get("b")).toMatchObject({ calls: 7, total_exec_time: 2 });
    const g = t.advance([entry("a", 4, 2, "2025-01-02T00:00:00.000Z"), entry("b", 9, 3)], "r2");
    expect(g?.get("a")).toMatchObject({ calls: 4 });
    expect(g?.get("b")).toMatchObject({ calls: 9 });
    for (const delta of [...(d?.values() ?? []), ...(g?.values() ?? [])]) {
      for (const v of Object.values(delta)) expect(v).toBeGreaterThanOrEqual(0);
    }
  });

  it("leaves the agent's own statements out of every figure", () => {
    const t = new StatementTracker();
    t.own.add("mine");
    t.advance([entry("mine", 1, 1), entry("a", 1, 1)], null);
    const d = t.advance([entry("mine", 100, 100), entry("a", 2, 2)], null);
    expect(d?.has("mine")).toBe(false);
  });

  it("asks for a text once a day", () => {
    const t = new StatementTracker();
    expect(t.needText(["a"], 0)).toEqual(["a"]);
    t.textSent.set("a", 0);
    expect(t.needText(["a"], 1000)).toEqual([]);
    expect(t.needText(["a"], 86_400_001)).toEqual(["a"]);
  });
});

describe("selectTop", () => {
  it("ranks by time first, keeps heavy callers, and stays within N", () => {
    const deltas = new Map(
      Array.from({ length: 50 }, (_, i) => [
        `k${i}`,
        { calls: i === 49 ? 1_000_000 : 1, total_exec_time: 50 - i, rows: 0 },
      ]),
    );
    const top = selectTop(deltas, 10);
    expect(top).toHaveLength(10);
    expect(top).toContain("k0");
    expect(top).toContain("k49");
    expect(selectTop(new Map([["idle", { calls: 0, total_exec_time: 0 }]]), 10)).toEqual([]);
  });
});
