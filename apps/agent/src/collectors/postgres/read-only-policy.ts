import { isStatement } from "../sql.ts";
import type { ReadOnlyPolicy } from "../types.ts";
import { READ_ONLY_ALLOWLIST } from "./read-only-allowlist.ts";

const RELATIONS = new Set<string>(READ_ONLY_ALLOWLIST.relations);
const FUNCTIONS = new Set<string>(READ_ONLY_ALLOWLIST.functions);

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Words that never appear in a read of statistics views. */
const FORBIDDEN = words(`insert update delete merge create alter drop truncate grant revoke copy
  call do set reset lock vacuum analyze refresh into execute prepare listen notify load discard
  cluster reindex comment security checkpoint for rolpassword passwd pg_authid pg_shadow`);

/** Keywords that may stand right before "(" without being a function call. */
const KEYWORDS_BEFORE_PAREN = words(`select from where and or not in exists as on any all filter
  over when then else join using by values with case array`);

/** What may follow a relation (and its alias) in a FROM or JOIN clause. */
const FROM_FOLLOWERS = words(`where group order limit offset window having union join left right
  inner full cross on )`);

/** Lower-cased words, numbers and punctuation, without comments or string literals. */
export function tokenize(text: string): string[] {
  const stripped = text
    .replace(/--[^\n]*/g, " ")
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/'(?:[^']|'')*'/g, " 'str' ");
  return stripped.toLowerCase().match(/'str'|::|[a-z_][a-z0-9_$]*|\d+(?:\.\d+)?|"[^"]*"|\S/g) ?? [];
}

/** Why a statement breaks the read-only rule, or an empty list when it keeps it. */
export function checkReadOnly(text: string): string[] {
  const tokens = tokenize(text);
  const problems: string[] = [];
  const body = tokens.at(-1) === ";" ? tokens.slice(0, -1) : tokens;
  if (body.includes(";")) problems.push("more than one statement");
  const first = body[0];
  if (first !== "select" && first !== "with" && first !== "show") {
    problems.push(`starts with "${first ?? ""}"; only SELECT, WITH … SELECT and SHOW are allowed`);
  }
  const cteNames = new Set<string>();
  body.forEach((token, i) => {
    const next = body[i + 1];
    const prev = body[i - 1];
    if (FORBIDDEN.has(token)) problems.push(`uses "${token}"`);
    if (token.startsWith('"')) problems.push(`quoted identifier ${token}`);
    if (next === "as" && body[i + 2] === "(" && (prev === "with" || prev === ",")) {
      cteNames.add(token);
    }
    if (
      next === "(" &&
      /^[a-z_]/.test(token) &&
      prev !== "::" &&
      !KEYWORDS_BEFORE_PAREN.has(token)
    ) {
      if (!FUNCTIONS.has(token) && !cteNames.has(token)) problems.push(`calls ${token}()`);
    }
    if ((token === "from" && !isFromOperator(body, i)) || token === "join") {
      checkRelation(body, i + 1, cteNames, problems);
    }
  });
  return [...new Set(problems)];
}

/** `a is distinct from b` and `extract(epoch from t)` use FROM without naming a relation. */
function isFromOperator(body: string[], at: number): boolean {
  if (body[at - 1] === "distinct" && body[at - 2] === "is") return true;
  return body[at - 2] === "(" && body[at - 3] === "extract";
}

function checkRelation(body: string[], at: number, ctes: Set<string>, problems: string[]): void {
  let i = at;
  let name = body[i];
  if (name === "(" || name === undefined) return;
  if (name === "pg_catalog" && body[i + 1] === ".") {
    i += 2;
    name = body[i];
  }
  if (name === undefined || body[i + 1] === "(") return; // a function; checked as a call
  if (body[i + 1] === ".") problems.push(`reads ${name}.${body[i + 2] ?? ""} outside pg_catalog`);
  else if (!RELATIONS.has(name) && !ctes.has(name)) problems.push(`reads ${name}`);
  // Skip an alias, then insist on explicit JOINs so no relation escapes the check.
  let j = i + 1;
  if (body[j] === "as") j++;
  if (body[j] !== undefined && !FROM_FOLLOWERS.has(body[j] ?? "") && body[j] !== ",") j++;
  if (body[j] === ",") problems.push("lists relations with commas; use explicit JOINs");
}

/** PostgreSQL statements: one SELECT / WITH … SELECT / SHOW of allowlisted catalogs. */
export const postgresReadOnlyPolicy: ReadOnlyPolicy = {
  isStatement,
  check: (statement) =>
    isStatement(statement) ? checkReadOnly(statement.text) : ["not a statement built with sql"],
};
