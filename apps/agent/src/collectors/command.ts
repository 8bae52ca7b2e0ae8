const commandBrand: unique symbol = Symbol("logstag.command");

/**
 * A status command a collector may send to a key-value server. Only `command` makes one, and
 * it accepts string literal types only, so every command is a constant in source code (a value
 * read from configuration is a plain `string` and does not compile); the read-only test finds
 * and checks all of them.
 */
export interface Command {
  /** Upper case, e.g. `INFO`, `CLIENT`. */
  readonly name: string;
  readonly args: readonly string[];
  readonly [commandBrand]: true;
}

type Literal<T extends string> = string extends T ? never : T;

export function command<const N extends string, const A extends readonly string[]>(
  name: Literal<N>,
  ...args: { [I in keyof A]: Literal<A[I]> }
): Command {
  return Object.freeze({
    name: name.toUpperCase(),
    args: Object.freeze([...args]),
    [commandBrand]: true as const,
  });
}

export function isCommand(value: unknown): value is Command {
  return typeof value === "object" && value !== null && commandBrand in value;
}

/** `CONFIG GET *`, for messages and logs. */
export function commandText(c: Command): string {
  return [c.name, ...c.args].join(" ");
}

/** The ACL name of the command: `config|get` for a container command, `info` otherwise. */
export function aclName(c: Command, containers: ReadonlySet<string>): string {
  const name = c.name.toLowerCase();
  const sub = c.args[0];
  return containers.has(name) && sub ? `${name}|${sub.toLowerCase()}` : name;
}
