import { catalogEngine, type EngineKind } from "@logstag/protocol";
import type { Expr } from "../expression/expr-ast.ts";
import { parseExpression } from "../expression/parse-expression.ts";
import type { AlertTemplate, CompiledCondition, CompiledSignals } from "./alert-template.ts";
import { type CheckScope, checkExpression, metricFor } from "./check-expression.ts";
import { SEVERITIES, type TemplateEngine, type TemplateSpec } from "./template-schema.ts";

export class TemplateProblem extends Error {
  constructor(
    readonly path: (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

const PLACEHOLDER = /\{\{\s*([a-z_.0-9]+)\s*\}\}/gi;
const FIXED_PLACEHOLDERS = new Set(["asset", "engine", "severity", "value", "rule", "template"]);

/** The engine whose signals serve `engine` (Valkey is read with Redis's catalog). */
export function signalEngineOf(engine: TemplateEngine): TemplateEngine | null {
  return engine === "agent" ? "agent" : catalogEngine(engine as EngineKind);
}

function prefixesOf(engine: TemplateEngine): Set<string> {
  return engine === "agent" ? new Set(["agent"]) : new Set([engine, "target"]);
}

function parseAt(text: string, engine: TemplateEngine, path: (string | number)[]): Expr {
  try {
    return parseExpression(text, prefixesOf(engine));
  } catch (err) {
    throw new TemplateProblem(path, (err as Error).message);
  }
}

function check(e: Expr, scope: CheckScope, path: (string | number)[]): void {
  try {
    checkExpression(e, scope);
  } catch (err) {
    throw new TemplateProblem(path, (err as Error).message);
  }
}

function compileSignals(spec: TemplateSpec, engine: TemplateEngine): CompiledSignals {
  const raw = spec.signals[engine];
  if (!raw) throw new TemplateProblem(["signals"], `no signals for ${engine}`);
  const { group_by: groupBy, ...texts } = raw;
  const names = new Set(Object.keys(texts));
  const metrics = new Map<string, number>();
  const windowParams = new Set<string>();
  const exprs: Record<string, Expr> = {};
  for (const [name, text] of Object.entries(texts)) {
    if (Object.hasOwn(spec.params, name))
      throw new TemplateProblem(["signals", engine, name], `${name} is also a parameter`);
    const path = ["signals", engine, name];
    const e = parseAt(text as string, engine, path);
    check(e, { engine, params: spec.params, names, metrics, windowParams }, path);
    exprs[name] = e;
  }
  assertAcyclic(exprs, engine);
  for (const label of groupBy) {
    const known = [...metrics.keys()].some((m) => metricFor(m, engine)?.labels.includes(label));
    if (!known)
      throw new TemplateProblem(
        ["signals", engine, "group_by"],
        `group_by label ${label} is not a label of any metric the signals read`,
      );
  }
  return { groupBy, exprs, metrics, windowParams };
}

function assertAcyclic(exprs: Record<string, Expr>, engine: TemplateEngine): void {
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (name: string) => {
    if (done.has(name)) return;
    if (visiting.has(name))
      throw new TemplateProblem(["signals", engine, name], `signal ${name} refers to itself`);
    visiting.add(name);
    const refs: string[] = [];
    const collect = (e: Expr) => {
      if (e.k === "ref" && exprs[e.name]) refs.push(e.name);
      if (e.k === "binary") [e.l, e.r].forEach(collect);
      if (e.k === "neg" || e.k === "not") collect(e.arg);
      if (e.k === "cond") [e.test, e.yes, e.no].forEach(collect);
      if (e.k === "call") e.args.forEach(collect);
    };
    collect(exprs[name] as Expr);
    for (const r of refs) visit(r);
    visiting.delete(name);
    done.add(name);
  };
  for (const name of Object.keys(exprs)) visit(name);
}

function checkParams(spec: TemplateSpec): void {
  for (const [name, p] of Object.entries(spec.params)) {
    const path = ["params", name, "default"];
    if (p.type === "enum" && !p.values.includes(p.default))
      throw new TemplateProblem(path, `default ${p.default} is not one of ${p.values.join(", ")}`);
    if (p.type === "number" || p.type === "integer" || p.type === "duration") {
      if (p.type === "integer" && !Number.isInteger(p.default))
        throw new TemplateProblem(path, "default must be an integer");
      if ((p.min !== undefined && p.default < p.min) || (p.max !== undefined && p.default > p.max))
        throw new TemplateProblem(path, `default ${p.default} is outside [${p.min}, ${p.max}]`);
    }
  }
}

function checkPlaceholders(spec: TemplateSpec, signalNames: Set<string>): void {
  for (const [key, text] of Object.entries(spec.annotations)) {
    for (const m of (text ?? "").matchAll(PLACEHOLDER)) {
      const name = m[1] as string;
      const [head, tail] = name.split(".", 2);
      const ok =
        FIXED_PLACEHOLDERS.has(name) ||
        (head === "labels" && tail) ||
        (head === "params" && tail && Object.hasOwn(spec.params, tail)) ||
        (head === "signals" && tail && signalNames.has(tail));
      if (!ok) throw new TemplateProblem(["annotations", key], `unknown placeholder {{${name}}}`);
    }
  }
}

/** Turns a schema-valid spec into a template, checking it against the catalogs. */
export function compileTemplate(spec: TemplateSpec, file: string): AlertTemplate {
  checkParams(spec);
  const isAgent = spec.engines.includes("agent");
  if (isAgent !== (spec.scope === "agent") || (isAgent && spec.engines.length > 1))
    throw new TemplateProblem(["scope"], "engine agent goes alone, with scope agent");
  const signals: AlertTemplate["signals"] = {};
  for (const [i, engine] of spec.engines.entries()) {
    const signalEngine = signalEngineOf(engine);
    if (!signalEngine)
      throw new TemplateProblem(["engines", i], `engine ${engine} reports no metrics yet`);
    signals[signalEngine] ??= compileSignals(spec, signalEngine);
  }
  for (const key of Object.keys(spec.signals))
    if (!signals[key as TemplateEngine])
      throw new TemplateProblem(["signals", key], `signals for ${key}, which is not in engines`);
  const signalNames = new Set<string>();
  for (const s of Object.values(signals)) {
    for (const n of Object.keys(s.exprs)) signalNames.add(n);
    const needsGroups = spec.scope !== "instance" && spec.scope !== "agent";
    if (needsGroups && s.groupBy.length === 0)
      throw new TemplateProblem(["signals"], `scope ${spec.scope} needs group_by labels`);
    if (spec.scope === "instance" && s.groupBy.length > 0)
      throw new TemplateProblem(["signals"], "scope instance takes no group_by");
  }
  const conditions: AlertTemplate["conditions"] = {};
  for (const severity of SEVERITIES) {
    const c = spec.conditions[severity];
    if (!c) continue;
    const compiled: Partial<CompiledCondition> = {};
    for (const [key, field] of [
      ["when", "when"],
      ["recover_below", "recoverBelow"],
      ["recover_above", "recoverAbove"],
    ] as const) {
      const text = c[key];
      if (text === undefined) continue;
      const path = ["conditions", severity, key];
      for (const [engine, s] of Object.entries(signals)) {
        const e = parseAt(text, engine as TemplateEngine, path);
        const names = new Set(Object.keys(s.exprs));
        check(
          e,
          {
            engine: engine as TemplateEngine,
            params: spec.params,
            names,
            metrics: s.metrics,
            windowParams: s.windowParams,
          },
          path,
        );
        compiled[field] = e;
      }
    }
    conditions[severity] = compiled as CompiledCondition;
  }
  checkPlaceholders(spec, signalNames);
  return { spec, file, signals, conditions };
}
