import { expect, it } from "vitest";
import { isStatement, sql } from "./sql.ts";

it("builds a frozen, branded statement from a constant template", () => {
  const statement = sql`
    select 1
  `;
  expect(statement.text).toBe("select 1");
  expect(isStatement(statement)).toBe(true);
  expect(Object.isFrozen(statement)).toBe(true);
});

it("tells statements from look-alikes", () => {
  expect(isStatement("select 1")).toBe(false);
  expect(isStatement({ text: "select 1" })).toBe(false);
});
