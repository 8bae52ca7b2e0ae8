import { type EngineKind, findEngineMetric } from "@logstag/protocol";
import { findDerivedMetric } from "../derived-metrics.ts";
import type { Expr } from "../expression/expr-ast.ts";
import { FUNCTIONS, isFunctionName } from "../expression/functions.ts";
import type { ParamSpec, TemplateEngine } from "./template-schema.ts";

export interface MetricFacts {
  kind: "counter" | "gauge";
  labels: readonly string[];
}

/** The metric when a template for `engine` may read it: its catalog, or a derived metric. */
export function metricFor(name: string, engine: TemplateEngine): MetricFacts | undefined {
  if (engine === "agent") {
    const d = findDerivedMetric(name);
    return d?.asset === "agent" ? d : undefined;
  }
  const d = findDerivedMetric(name);
  if (d) return d.asset === "target" ? d : undefined;
  return findEngineMetric(name, engine as EngineKind);
}

export interface CheckScope {
  engine: TemplateEngine;
  params: Record<string, ParamSpec>;
  /** Names an expression may refer to besides params (signals, `value`). */
  names: ReadonlySet<string>;
  /** Collects every metric read, with the longest window it is read over (seconds). */
  metrics: Map<string, number>;
  /** Collects the duration parameters used as windows (their values extend the lookback). */
  windowParams: Set<string>;
}

function durationArg(e: Expr, scope: CheckScope): number {
  if (e.k === "num" && e.duration) return e.v;
  // The rule's own value decides the window; the evaluator reads back as far as the largest one.
  if (e.k === "ref" && scope.params[e.name]?.type === "duration") {
    scope.windowParams.add(e.name);
    return 0;
  }
  throw new Error("a duration such as 5m (or a duration parameter) was expected");
}

function seriesArg(e: Expr, scope: CheckScope, counters: "required" | "allowed" | "refused") {
  if (e.k === "call" && e.fn === "with_label") {
    checkCall(e, scope);
    return seriesArg(e.args[0] as Expr, scope, counters);
  }
  if (e.k !== "metric") throw new Error("a metric was expected as the first argument");
  const facts = metricFor(e.name, scope.engine);
  if (!facts) throw new Error(`unknown metric ${e.name} for ${scope.engine}`);
  if (counters === "required" && facts.kind !== "counter")
    throw new Error(`${e.name} is a gauge: read it directly or with avg_over/max_over/delta`);
  if (counters === "refused" && facts.kind === "counter")
    throw new Error(`${e.name} is a counter: use rate() or increase()`);
  return e.name;
}

function remember(scope: CheckScope, metric: string, windowSeconds: number): void {
  scope.metrics.set(metric, Math.max(scope.metrics.get(metric) ?? 0, windowSeconds));
}

function checkCall(e: Extract<Expr, { k: "call" }>, scope: CheckScope): void {
  if (!isFunctionName(e.fn)) throw new Error(`unknown function ${e.fn}()`);
  const spec = FUNCTIONS[e.fn];
  const variadic = "variadic" in spec;
  if (variadic ? e.args.length < 1 : e.args.length !== spec.args.length)
    throw new Error(`${e.fn}() takes ${spec.args.length} argument(s), got ${e.args.length}`);
  let metric: string | undefined;
  let window = 0;
  e.args.forEach((arg, i) => {
    const kind = spec.args[Math.min(i, spec.args.length - 1)];
    if (kind === "series") metric = seriesArg(arg, scope, spec.counters);
    else if (kind === "duration") window = durationArg(arg, scope);
    else if (kind === "string") {
      if (arg.k !== "str") throw new Error(`${e.fn}() argument ${i + 1} must be a "string"`);
    } else checkExpression(arg, scope);
  });
  if (metric && e.fn !== "with_label") remember(scope, metric, window);
  if (metric && e.fn === "with_label") remember(scope, metric, 0);
}

/** Checks names, metrics and function use; throws an Error naming the first problem. */
export function checkExpression(e: Expr, scope: CheckScope): void {
  switch (e.k) {
    case "metric": {
      const facts = metricFor(e.name, scope.engine);
      if (!facts) throw new Error(`unknown metric ${e.name} for ${scope.engine}`);
      if (facts.kind === "counter")
        throw new Error(`${e.name} is a counter: use rate(${e.name}, 5m) or increase()`);
      remember(scope, e.name, 0);
      return;
    }
    case "ref":
      if (!Object.hasOwn(scope.params, e.name) && !scope.names.has(e.name))
        throw new Error(`unknown name ${e.name} (not a parameter or signal)`);
      return;
    case "neg":
    case "not":
      checkExpression(e.arg, scope);
      return;
    case "binary":
      checkExpression(e.l, scope);
      checkExpression(e.r, scope);
      return;
    case "cond":
      checkExpression(e.test, scope);
      checkExpression(e.yes, scope);
      checkExpression(e.no, scope);
      return;
    case "call":
      checkCall(e, scope);
      return;
    default:
      return;
  }
}
