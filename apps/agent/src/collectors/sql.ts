const statementBrand: unique symbol = Symbol("logstag.statement");

/**
 * A statement a collector may send to a monitored server. Only `sql` makes one, and its
 * template takes no interpolations, so every statement is a constant in source code; the
 * read-only test finds and checks all of them.
 */
export interface Statement {
  readonly text: string;
  readonly [statementBrand]: true;
}

export function sql(strings: TemplateStringsArray, ...values: never[]): Statement {
  if (values.length > 0 || strings.length !== 1) {
    throw new Error("collector statements are constants; interpolation is not allowed");
  }
  return Object.freeze({ text: (strings[0] ?? "").trim(), [statementBrand]: true as const });
}

export function isStatement(value: unknown): value is Statement {
  return typeof value === "object" && value !== null && statementBrand in value;
}
