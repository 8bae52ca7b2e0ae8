import type { z } from "zod";
import type { ConfigProblem } from "./config-error.ts";
import type { KeyPath } from "./key-path.ts";

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "object") return "a table";
  return `${JSON.stringify(value)} (a ${typeof value})`;
}

/** Messages for the mistakes people make in hand-written files, used for every parse. */
export const configErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "invalid_type") {
    if (issue.input === undefined) return "required key is missing";
    return `expected ${issue.expected === "object" ? "a table" : `a ${issue.expected}`}, got ${describeValue(issue.input)}`;
  }
  return undefined;
};

/** Zod issues → config problems, one per unknown key so each can point at its own line. */
export function toProblems(error: z.ZodError, prefix: KeyPath = []): ConfigProblem[] {
  return error.issues.flatMap((issue): ConfigProblem[] => {
    const path = [...prefix, ...issue.path.filter((p) => typeof p !== "symbol")];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `unknown key "${key}"; check the spelling (see the agent README)`,
      }));
    }
    return [{ path, message: issue.message }];
  });
}
