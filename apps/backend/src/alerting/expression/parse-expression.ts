import jsep from "jsep";
import type { BinaryOp, Expr } from "./expr-ast.ts";

export class ExpressionError extends Error {
  override name = "ExpressionError";
}

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w)(?![A-Za-z0-9_$])/;
const UNIT_SECONDS: Record<string, number> = {
  ms: 0.001,
  s: 1,
  m: 60,
  h: 3600,
  d: 86_400,
  w: 604_800,
};

/** Parses `90s`, `5m`, `1.5h`, … to seconds; undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const m = DURATION.exec(text.trim());
  if (!m || m[0].length !== text.trim().length) return undefined;
  return Number(m[1]) * (UNIT_SECONDS[m[2] as string] as number);
}

let configured = false;
// jsep keeps its operators and hooks in module state: configure it once, for this module only.
function configureParser(): void {
  if (configured) return;
  configured = true;
  jsep.addBinaryOp("and", 2);
  jsep.addBinaryOp("or", 1);
  jsep.addUnaryOp("not");
  jsep.hooks.add("gobble-token", function durationLiteral(this: unknown, env) {
    // jsep calls hooks with the parser as `this`; its typings do not say so.
    const self = this as { expr: string; index: number };
    const m = DURATION.exec(self.expr.slice(self.index));
    if (!m) return;
    self.index += m[0].length;
    env.node = { type: "DurationLiteral", value: parseDuration(m[0]) ?? 0, raw: m[0] };
  });
}

const BINARY: Record<string, BinaryOp> = {
  "+": "+",
  "-": "-",
  "*": "*",
  "/": "/",
  "%": "%",
  ">": ">",
  ">=": ">=",
  "<": "<",
  "<=": "<=",
  "==": "==",
  "!=": "!=",
  and: "and",
  "&&": "and",
  or: "or",
  "||": "or",
};

/** Metric references start with one of these prefixes; any other dotted name is an error. */
export type MetricPrefixes = ReadonlySet<string>;

function dottedName(node: jsep.Expression): string | undefined {
  if (node.type === "Identifier") return (node as jsep.Identifier).name;
  if (node.type === "MemberExpression") {
    const m = node as jsep.MemberExpression;
    if (m.computed) return undefined;
    const head = dottedName(m.object);
    const tail =
      m.property.type === "Identifier" ? (m.property as jsep.Identifier).name : undefined;
    return head !== undefined && tail !== undefined ? `${head}.${tail}` : undefined;
  }
  return undefined;
}

function convert(node: jsep.Expression, prefixes: MetricPrefixes): Expr {
  switch (node.type) {
    case "Literal": {
      const v = (node as jsep.Literal).value;
      if (v === null) return { k: "null" };
      if (typeof v === "number") return { k: "num", v };
      if (typeof v === "string") return { k: "str", v };
      if (typeof v === "boolean") return { k: "bool", v };
      throw new ExpressionError(`unsupported literal ${String((node as jsep.Literal).raw)}`);
    }
    case "DurationLiteral":
      return { k: "num", v: node.value as number, duration: true };
    case "Identifier":
    case "MemberExpression": {
      const name = dottedName(node);
      if (name === undefined) throw new ExpressionError("indexing with [ ] is not supported");
      if (!name.includes(".")) return { k: "ref", name };
      if (!prefixes.has(name.split(".")[0] as string))
        throw new ExpressionError(
          `unknown metric ${name}: metric names start with ${[...prefixes].join(", ")}`,
        );
      return { k: "metric", name };
    }
    case "UnaryExpression": {
      const u = node as jsep.UnaryExpression;
      const arg = convert(u.argument, prefixes);
      if (u.operator === "-") return { k: "neg", arg };
      if (u.operator === "+") return arg;
      if (u.operator === "not" || u.operator === "!") return { k: "not", arg };
      throw new ExpressionError(`operator ${u.operator} is not supported`);
    }
    case "BinaryExpression": {
      const b = node as jsep.BinaryExpression;
      const op = BINARY[b.operator];
      if (!op) throw new ExpressionError(`operator ${b.operator} is not supported`);
      return { k: "binary", op, l: convert(b.left, prefixes), r: convert(b.right, prefixes) };
    }
    case "ConditionalExpression": {
      const c = node as jsep.ConditionalExpression;
      return {
        k: "cond",
        test: convert(c.test, prefixes),
        yes: convert(c.consequent, prefixes),
        no: convert(c.alternate, prefixes),
      };
    }
    case "CallExpression": {
      const c = node as jsep.CallExpression;
      if (c.callee.type !== "Identifier")
        throw new ExpressionError("only named functions can be called");
      const fn = (c.callee as jsep.Identifier).name;
      return { k: "call", fn, args: c.arguments.map((a) => convert(a, prefixes)) };
    }
    default:
      throw new ExpressionError(`${node.type} is not supported in expressions`);
  }
}

/** Parses an expression text into Logstag's tree; throws ExpressionError with a readable message. */
export function parseExpression(text: string, prefixes: MetricPrefixes): Expr {
  configureParser();
  let tree: jsep.Expression;
  try {
    tree = jsep(text);
  } catch (err) {
    throw new ExpressionError(`cannot parse "${text}": ${(err as Error).message}`);
  }
  if (tree.type === "Compound")
    throw new ExpressionError(`cannot parse "${text}": one expression expected`);
  return convert(tree, prefixes);
}
