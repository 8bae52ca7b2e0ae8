import type { Expr } from "./expr-ast.ts";
import {
  aggregateWindow,
  increaseOf,
  latestSample,
  type SeriesData,
  windowOf,
} from "./series-window.ts";

/** What an expression yields; null means "no data" and spreads through arithmetic. */
export type Value = number | boolean | string | null;

export interface EvalEnv {
  /** Evaluation time, epoch milliseconds (samples after it are ignored). */
  at: number;
  /** The scope labels of the alert instance being evaluated (e.g. `{ database: "orders" }`). */
  labels: Readonly<Record<string, string>>;
  /** Every series of the metric on the asset. */
  series(metric: string): readonly SeriesData[];
  /** How old the newest sample may be for a bare reference to count. */
  staleMs(metric: string): number;
  params: Readonly<Record<string, Value>>;
  signals: Readonly<Record<string, Expr>>;
  /** Memo of signal values for this `at` and labels. */
  memo: Map<string, Value>;
}

interface Selection {
  metric: string;
  filters: [string, string][];
}

function selectionOf(e: Expr, env: EvalEnv): Selection {
  if (e.k === "metric") return { metric: e.name, filters: [] };
  if (e.k === "call" && e.fn === "with_label") {
    const inner = selectionOf(e.args[0] as Expr, env);
    const label = evaluate(e.args[1] as Expr, env);
    const value = evaluate(e.args[2] as Expr, env);
    return { ...inner, filters: [...inner.filters, [String(label), String(value)]] };
  }
  throw new Error("a metric was expected");
}

/** The series matching the instance's labels (on the keys they carry) and the selection's filters. */
function seriesOf(sel: Selection, env: EvalEnv): readonly SeriesData[] {
  return env.series(sel.metric).filter((s) => {
    for (const [k, v] of Object.entries(env.labels)) {
      const own = s.labels[k];
      if (own !== undefined && own !== v) return false;
    }
    for (const [k, v] of sel.filters) if (s.labels[k] !== v) return false;
    return true;
  });
}

/** Sums per-series results, ignoring series without data; null when none has any. */
function sumOf(values: (number | null)[]): number | null {
  let total: number | null = null;
  for (const v of values) if (v !== null) total = (total ?? 0) + v;
  return total;
}

function num(v: Value): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v ? 1 : 0;
  return null;
}

function truth(v: Value): boolean | null {
  if (v === null) return null;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  return v.length > 0;
}

function windowMs(e: Expr, env: EvalEnv): number {
  return (num(evaluate(e, env)) ?? 0) * 1000;
}

function callSeries(self: Extract<Expr, { k: "call" }>, env: EvalEnv): Value {
  const { fn, args } = self;
  // with_label used as a value: the newest values of the selected series, summed.
  const selection = selectionOf(fn === "with_label" ? self : (args[0] as Expr), env);
  const series = seriesOf(selection, env);
  const at = env.at;
  switch (fn) {
    case "rate":
    case "increase": {
      const w = windowMs(args[1] as Expr, env);
      return sumOf(
        series.map((s) => {
          const inc = increaseOf(windowOf(s.samples, at, w));
          if (!inc) return null;
          if (fn === "increase") return inc.increase;
          return inc.seconds > 0 ? inc.increase / inc.seconds : null;
        }),
      );
    }
    case "delta": {
      const w = windowMs(args[1] as Expr, env);
      return sumOf(
        series.map((s) => {
          const win = windowOf(s.samples, at, w);
          const first = win[0];
          const last = win[win.length - 1];
          return first && last && win.length > 1 ? last.v - first.v : null;
        }),
      );
    }
    case "sum_over":
    case "avg_over":
    case "max_over":
    case "min_over": {
      const how = AGGREGATES[fn as keyof typeof AGGREGATES];
      const per = series.map((s) =>
        aggregateWindow(windowOf(s.samples, at, windowMs(args[1] as Expr, env)), how),
      );
      if (how === "avg" || how === "sum") return sumOf(per);
      const present = per.filter((v): v is number => v !== null);
      if (present.length === 0) return null;
      return how === "max" ? Math.max(...present) : Math.min(...present);
    }
    case "age_seconds": {
      let newest: number | null = null;
      for (const s of series) {
        const last = latestSample(s.samples, at, Number.POSITIVE_INFINITY);
        if (last && (newest === null || last.t > newest)) newest = last.t;
      }
      return newest === null ? null : (at - newest) / 1000;
    }
    default: {
      const stale = env.staleMs(selection.metric);
      return sumOf(series.map((s) => latestSample(s.samples, at, stale)?.v ?? null));
    }
  }
}

const AGGREGATES = {
  sum_over: "sum",
  avg_over: "avg",
  max_over: "max",
  min_over: "min",
} as const;

const SERIES_FUNCTIONS = new Set([
  "sum_over",
  "rate",
  "increase",
  "delta",
  "avg_over",
  "max_over",
  "min_over",
  "age_seconds",
  "with_label",
]);

function call(self: Extract<Expr, { k: "call" }>, env: EvalEnv): Value {
  const { fn, args } = self;
  if (SERIES_FUNCTIONS.has(fn)) return callSeries(self, env);
  const values = args.map((a) => evaluate(a, env));
  switch (fn) {
    case "max":
    case "min": {
      const nums = values.map(num);
      if (nums.some((n) => n === null)) return null;
      return fn === "max" ? Math.max(...(nums as number[])) : Math.min(...(nums as number[]));
    }
    case "abs": {
      const n = num(values[0] ?? null);
      return n === null ? null : Math.abs(n);
    }
    case "coalesce":
      return values.find((v) => v !== null) ?? null;
    case "is_null":
      return values[0] === null || values[0] === undefined;
    default:
      throw new Error(`unknown function ${fn}`);
  }
}

function binary(op: string, l: Value, r: Value): Value {
  if (op === "==" || op === "!=") {
    const same = l === r || (num(l) !== null && num(l) === num(r));
    return op === "==" ? same : !same;
  }
  const a = num(l);
  const b = num(r);
  if (a === null || b === null) return null;
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return b === 0 ? null : a / b;
    case "%":
      return b === 0 ? null : a % b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    default:
      throw new Error(`unknown operator ${op}`);
  }
}

/** Evaluates an expression for one alert instance at one time. Never throws on missing data. */
export function evaluate(e: Expr, env: EvalEnv): Value {
  switch (e.k) {
    case "num":
    case "str":
    case "bool":
      return e.v;
    case "null":
      return null;
    case "metric": {
      const stale = env.staleMs(e.name);
      return sumOf(
        seriesOf({ metric: e.name, filters: [] }, env).map(
          (s) => latestSample(s.samples, env.at, stale)?.v ?? null,
        ),
      );
    }
    case "ref": {
      if (Object.hasOwn(env.params, e.name)) return env.params[e.name] ?? null;
      const signal = env.signals[e.name];
      if (!signal) throw new Error(`unknown name ${e.name}`);
      if (env.memo.has(e.name)) return env.memo.get(e.name) ?? null;
      const v = evaluate(signal, env);
      env.memo.set(e.name, v);
      return v;
    }
    case "neg": {
      const n = num(evaluate(e.arg, env));
      return n === null ? null : -n;
    }
    case "not": {
      const t = truth(evaluate(e.arg, env));
      return t === null ? null : !t;
    }
    case "binary": {
      if (e.op === "and" || e.op === "or") {
        const l = truth(evaluate(e.l, env));
        if (e.op === "and" && l === false) return false;
        if (e.op === "or" && l === true) return true;
        const r = truth(evaluate(e.r, env));
        if (e.op === "and") return r === false ? false : l === null || r === null ? null : true;
        return r === true ? true : l === null || r === null ? null : false;
      }
      return binary(e.op, evaluate(e.l, env), evaluate(e.r, env));
    }
    case "cond": {
      const t = truth(evaluate(e.test, env));
      if (t === null) return null;
      return evaluate(t ? e.yes : e.no, env);
    }
    case "call":
      return call(e, env);
  }
}

export { num as toNumber, truth as toTruth };
