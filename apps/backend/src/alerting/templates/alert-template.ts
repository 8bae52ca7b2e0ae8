import type { Expr } from "../expression/expr-ast.ts";
import type { Severity, TemplateEngine, TemplateSpec } from "./template-schema.ts";

export interface CompiledCondition {
  when: Expr;
  recoverBelow?: Expr;
  recoverAbove?: Expr;
}

export interface CompiledSignals {
  /** Labels that tell the template's alert instances on one asset apart (e.g. `database`). */
  groupBy: string[];
  /** `value` and the helper signals, by name. */
  exprs: Record<string, Expr>;
  /** Every metric the signals read, with the longest window a function reads it over. */
  metrics: Map<string, number>;
  /** Duration parameters used as windows. */
  windowParams: Set<string>;
}

/** A template as the evaluator uses it: the YAML spec plus its expressions, parsed and checked. */
export interface AlertTemplate {
  spec: TemplateSpec;
  /** Where it came from, relative to the backend's source folder. */
  file: string;
  /** Signals by catalog engine (`redis` also serves `valkey`), or `agent`. */
  signals: Partial<Record<TemplateEngine, CompiledSignals>>;
  conditions: Partial<Record<Severity, CompiledCondition>>;
}
