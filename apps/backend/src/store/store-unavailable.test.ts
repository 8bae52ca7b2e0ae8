import { describe, expect, it } from "vitest";
import { isStoreUnavailable } from "./store-unavailable.ts";

const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("isStoreUnavailable", () => {
  it.each([
    ["a refused connection", withCode("ECONNREFUSED")],
    ["a cut connection", withCode("ECONNRESET")],
    [
      "the server shutting down",
      withCode("57P01", "terminating connection due to administrator command"),
    ],
    ["the server starting up", withCode("57P03", "the database system is starting up")],
    ["full connection slots", withCode("53300")],
    ["a connection exception", withCode("08006")],
    ["the driver's lost connection", new Error("Connection terminated unexpectedly")],
    ["a pool that cannot connect in time", new Error("timeout exceeded when trying to connect")],
  ])("is true for %s", (_, err) => {
    expect(isStoreUnavailable(err)).toBe(true);
  });

  it.each([
    ["a unique violation", withCode("23505")],
    ["a syntax error", withCode("42601")],
    ["a statement timeout", withCode("57014")],
    ["a plain error", new Error("boom")],
    ["not an error", "ECONNREFUSED"],
  ])("is false for %s", (_, err) => {
    expect(isStoreUnavailable(err)).toBe(false);
  });
});
