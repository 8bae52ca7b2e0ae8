import { needRows } from "../../../health/check-helpers.ts";
import type { HealthInput } from "../../../health/check-types.ts";
import { NotEvaluatedError } from "../../../health/check-types.ts";

export type Config = ReadonlyMap<string, string>;

export const REDIS_DOCS = "https://redis.io/docs/latest/operate/oss_and_stack/management";

export function needConfig(input: HealthInput): Config {
  return new Map(
    needRows(input, "redis.config").flatMap((r) => (r.value === null ? [] : [[r.name, r.value]])),
  );
}

/** A parameter's value; not evaluated when CONFIG GET did not return it (renamed CONFIG, older version). */
export function needParam(config: Config, name: string): string {
  const value = config.get(name);
  if (value === undefined) {
    throw new NotEvaluatedError(`the parameter ${name} is not in the configuration snapshot`);
  }
  return value;
}

export function needSecurity(input: HealthInput) {
  const row = needRows(input, "redis.security")[0];
  if (!row) throw new NotEvaluatedError("the redis.security snapshot is empty");
  return row;
}

/** `config set` in the form redis-cli takes, plus the rewrite that makes it survive a restart. */
export const configSet = (name: string, value: string) =>
  `CONFIG SET ${name} ${value}\nCONFIG REWRITE`;
