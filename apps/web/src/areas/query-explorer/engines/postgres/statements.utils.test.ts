import type { BreakdownResponse } from "@logstag/api-contract";
import type { PostgresStatement } from "@logstag/protocol";
import { describe, expect, it } from "vitest";
import {
  filterStatements,
  formatMilliseconds,
  keysToLookUp,
  statementKeyForQueryId,
  toStatementRows,
} from "./statements.utils.ts";

const value = (increase: number) => ({ increase, rate: increase / 60, last: null, avg: null });
const response: BreakdownResponse = {
  from: 0,
  to: 60,
  by: "query",
  truncated: false,
  rows: [
    {
      key: "aaaaaaaaaaaaaaaa",
      values: {
        "postgres.statements.calls": value(10),
        "postgres.statements.exec_time": value(50),
        "postgres.statements.rows": value(20),
      },
    },
    {
      key: "other",
      values: {
        "postgres.statements.calls": value(5),
        "postgres.statements.exec_time": value(150),
      },
    },
    {
      key: "bbbbbbbbbbbbbbbb",
      values: { "postgres.statements.calls": value(0), "postgres.statements.exec_time": value(0) },
    },
  ],
};

describe("statement rows", () => {
  it("total, mean, share and rows per call, heaviest first, idle statements left out", () => {
    const rows = toStatementRows(response, [
      {
        key: "aaaaaaaaaaaaaaaa",
        queryId: "1",
        database: "shop",
        user: "app",
        toplevel: true,
        text: "select $1",
        textTruncated: false,
        textMode: "normalized",
      },
    ]);
    expect(rows.map((r) => r.key)).toEqual(["other", "aaaaaaaaaaaaaaaa"]);
    expect(rows[1]).toMatchObject({
      text: "select $1",
      database: "shop",
      meanTime: 5,
      timeShare: 25,
      rowsPerCall: 2,
    });
    expect(rows[0]?.text).toBe("(all other statements)");
  });

  it("looks texts up for named statements only, and searches text, database and user", () => {
    expect(keysToLookUp(response)).toEqual(["aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"]);
    const rows = toStatementRows(response);
    expect(filterStatements(rows, "OTHER")).toHaveLength(1);
    expect(formatMilliseconds(0.5)).toBe("500 µs");
    expect(formatMilliseconds(2500)).toBe("2.5 s");
  });
});

describe("statementKeyForQueryId", () => {
  const text = (key: string, over: Partial<PostgresStatement>): PostgresStatement => ({
    key,
    queryId: "42",
    database: "app",
    user: "web",
    toplevel: true,
    text: "select 1",
    textTruncated: false,
    textMode: "normalized",
    ...over,
  });

  it("finds the statement of a session's query id, database and user, top-level first", () => {
    const texts = [
      text("000000000000000a", { toplevel: false }),
      text("000000000000000b", {}),
      text("000000000000000c", { user: "batch" }),
    ];
    expect(statementKeyForQueryId(texts, { queryId: "42", database: "app", user: "web" })).toBe(
      "000000000000000b",
    );
    expect(statementKeyForQueryId(texts, { queryId: "42", database: null, user: "batch" })).toBe(
      "000000000000000c",
    );
    expect(statementKeyForQueryId(texts, { queryId: "43", database: null, user: null })).toBeNull();
  });
});
