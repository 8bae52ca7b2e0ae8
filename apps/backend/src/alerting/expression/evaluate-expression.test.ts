import { describe, expect, it } from "vitest";
import { type EvalEnv, evaluate, type Value } from "./evaluate-expression.ts";
import type { Expr } from "./expr-ast.ts";
import { parseDuration, parseExpression } from "./parse-expression.ts";
import type { SeriesData } from "./series-window.ts";

const S = 1000;
const AT = 1_000_000 * S;
const PREFIXES = new Set(["pg", "target"]);

function env(series: Record<string, SeriesData[]>, extra: Partial<EvalEnv> = {}): EvalEnv {
  return {
    at: AT,
    labels: {},
    series: (m) => series[m] ?? [],
    staleMs: () => 60 * S,
    params: {},
    signals: {},
    memo: new Map(),
    ...extra,
  };
}
const run = (text: string, e: EvalEnv): Value => evaluate(parseExpression(text, PREFIXES), e);
const steady = (labels: Record<string, string>, values: number[], stepS = 10): SeriesData => ({
  labels,
  samples: values.map((v, i) => ({ t: AT - (values.length - 1 - i) * stepS * S, v })),
});

describe("parseExpression", () => {
  it("parses durations, metrics, params and keywords", () => {
    expect(parseExpression("rate(pg.x, 5m) > limit and not flag", PREFIXES)).toEqual({
      k: "binary",
      op: "and",
      l: {
        k: "binary",
        op: ">",
        l: {
          k: "call",
          fn: "rate",
          args: [
            { k: "metric", name: "pg.x" },
            { k: "num", v: 300, duration: true },
          ],
        },
        r: { k: "ref", name: "limit" },
      },
      r: { k: "not", arg: { k: "ref", name: "flag" } },
    });
    expect(parseDuration("1.5h")).toBe(5400);
    expect(parseDuration("90")).toBeUndefined();
  });

  it.each([
    ["x |  y", /operator \| is not supported/],
    ["a[0]", /not supported/],
    ["other.metric", /unknown metric other.metric/],
    ["1 +", /cannot parse/],
    ["x; y", /one expression/],
    ["this", /not supported/],
  ])("refuses %s", (text, message) => {
    expect(() => parseExpression(text, PREFIXES)).toThrow(message);
  });
});

describe("evaluate", () => {
  it("does arithmetic and comparisons, with null as no data", () => {
    const e = env({}, { params: { a: 4, b: 0 } });
    expect(run("a * 2 + 1", e)).toBe(9);
    expect(run("a / b", e)).toBeNull();
    expect(run("a > 3 ? 'big' : 'small'", e)).toBe("big");
    expect(run("null + 1", e)).toBeNull();
    expect(run("null == null", e)).toBe(true);
    expect(run("null > 1 or a > 3", e)).toBe(true);
    expect(run("null > 1 and a > 3", e)).toBeNull();
    expect(run("null > 1 and a < 3", e)).toBe(false);
    expect(run("max(a, 7, -1)", e)).toBe(7);
    expect(run("min(a, null)", e)).toBeNull();
    expect(run("abs(-a)", e)).toBe(4);
    expect(run("coalesce(null, a)", e)).toBe(4);
    expect(run("is_null(pg.none)", e)).toBe(true);
  });

  it("sums a metric's fresh series, matching the instance's labels", () => {
    const series = {
      "pg.conn": [steady({ db: "a" }, [1, 2, 3]), steady({ db: "b" }, [10, 20, 30])],
    };
    expect(run("pg.conn", env(series))).toBe(33);
    expect(run("pg.conn", env(series, { labels: { db: "b" } }))).toBe(30);
    expect(run("with_label(pg.conn, 'db', 'a')", env(series))).toBe(3);
    const stale = {
      "pg.conn": [steady({}, [5], 10)].map((s) => ({ ...s, samples: [{ t: AT - 120 * S, v: 5 }] })),
    };
    expect(run("pg.conn", env(stale))).toBeNull();
  });

  it("computes rates and increases across a counter reset", () => {
    const series = { "pg.c": [steady({}, [100, 110, 120, 5, 15])] };
    expect(run("increase(pg.c, 1h)", env(series))).toBe(35);
    expect(run("rate(pg.c, 1h)", env(series))).toBe(0.875);
    expect(run("rate(pg.c, 5s)", env(series))).toBeNull();
  });

  it("aggregates gauges over windows and measures age", () => {
    const series = { "pg.g": [steady({}, [1, 9, 2, 4])] };
    const e = env(series);
    expect(run("avg_over(pg.g, 1h)", e)).toBe(4);
    expect(run("max_over(pg.g, 1h)", e)).toBe(9);
    expect(run("min_over(pg.g, 25s)", e)).toBe(2);
    expect(run("sum_over(pg.g, 1h)", e)).toBe(16);
    expect(run("delta(pg.g, 1h)", e)).toBe(3);
    expect(run("age_seconds(pg.g)", env(series, { at: AT + 42 * S }))).toBe(42);
    expect(run("age_seconds(pg.none)", e)).toBeNull();
  });

  it("ignores samples after the evaluation time (dry runs replay the past)", () => {
    const series = { "pg.g": [steady({}, [1, 2, 3, 4])] };
    expect(run("pg.g", env(series, { at: AT - 10 * S }))).toBe(3);
  });

  it("resolves signals once per evaluation", () => {
    const signals: Record<string, Expr> = { double: parseExpression("a * 2", PREFIXES) };
    const e = env({}, { params: { a: 21 }, signals });
    expect(run("double", e)).toBe(42);
    expect(e.memo.get("double")).toBe(42);
  });
});
