/** The expression tree Logstag evaluates; built from the parser's output, never from `eval`. */
export type BinaryOp =
  | "+"
  | "-"
  | "*"
  | "/"
  | "%"
  | ">"
  | ">="
  | "<"
  | "<="
  | "=="
  | "!="
  | "and"
  | "or";

export type Expr =
  | { k: "num"; v: number; duration?: true }
  | { k: "str"; v: string }
  | { k: "bool"; v: boolean }
  | { k: "null" }
  /** A catalog metric (`postgres.connections`) or a derived one (`target.reachable`). */
  | { k: "metric"; name: string }
  /** A parameter of the rule or another signal of the template. */
  | { k: "ref"; name: string }
  | { k: "neg"; arg: Expr }
  | { k: "not"; arg: Expr }
  | { k: "binary"; op: BinaryOp; l: Expr; r: Expr }
  | { k: "cond"; test: Expr; yes: Expr; no: Expr }
  | { k: "call"; fn: string; args: Expr[] };

/** Visits every node once, parents first. */
export function walkExpr(e: Expr, visit: (node: Expr) => void): void {
  visit(e);
  switch (e.k) {
    case "neg":
    case "not":
      walkExpr(e.arg, visit);
      return;
    case "binary":
      walkExpr(e.l, visit);
      walkExpr(e.r, visit);
      return;
    case "cond":
      walkExpr(e.test, visit);
      walkExpr(e.yes, visit);
      walkExpr(e.no, visit);
      return;
    case "call":
      for (const a of e.args) walkExpr(a, visit);
      return;
    default:
      return;
  }
}
