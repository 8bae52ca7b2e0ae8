import { describe, expect, it } from "vitest";
import { fingerprintQuery, normalizeQuery } from "./fingerprint.ts";

describe("normalizeQuery", () => {
  it.each([
    ["SELECT * FROM t WHERE id = 42", "select * from t where id = ?"],
    ["select  *\n from t where name = 'O''Brien' -- who\n", "select * from t where name = ?"],
    ["select /* app:orders */ a from t where x in (1, 2, 3)", "select a from t where x in (?)"],
    ["insert into t (a, b) values ($1, $2), ($3, $4)", "insert into t (a, b) values (?)"],
    ["select $fn$ body $fn$, E'x\\n', 1.5e3", "select ?, ?, ?"],
    ['select "CamelCase".id from "CamelCase"', 'select "CamelCase".id from "CamelCase"'],
    ["select col1, t2.x from t2", "select col1, t2.x from t2"],
    ["select 'unterminated", "select ?"],
  ])("%s → %s", (text, normalized) => {
    expect(normalizeQuery(text)).toBe(normalized);
  });
});

describe("fingerprintQuery", () => {
  it("is the same for executions of one statement and differs between statements", () => {
    const a = fingerprintQuery("select * from orders where id = 1");
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintQuery("SELECT *\n  FROM orders WHERE id = 987")).toBe(a);
    expect(fingerprintQuery("select * from orders where customer = 1")).not.toBe(a);
  });

  it("has nothing to fingerprint in an empty text", () => {
    expect(fingerprintQuery("  -- nothing\n")).toBeNull();
  });
});
