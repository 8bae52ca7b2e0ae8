import { evaluate, type Value } from "../../alerting/expression/evaluate-expression.ts";
import type { Expr } from "../../alerting/expression/expr-ast.ts";

const COMPARISONS = new Set([">", ">=", "<", "<="]);

/** For a condition shaped `value <op> <expression of parameters>`, that expression's value. */
export function thresholdOf(when: Expr, params: Record<string, Value>): Value {
  let e = when;
  // `value >= x and …`: the first comparison with value names the threshold.
  while (e.k === "binary" && (e.op === "and" || e.op === "or")) e = e.l;
  if (e.k !== "binary" || !COMPARISONS.has(e.op)) return null;
  const side =
    e.l.k === "ref" && e.l.name === "value"
      ? e.r
      : e.r.k === "ref" && e.r.name === "value"
        ? e.l
        : null;
  if (!side) return null;
  try {
    return evaluate(side, {
      at: 0,
      labels: {},
      series: () => [],
      staleMs: () => 0,
      params,
      signals: {},
      memo: new Map(),
    });
  } catch {
    return null;
  }
}
