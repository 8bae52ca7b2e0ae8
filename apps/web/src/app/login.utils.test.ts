import { describe, expect, it } from "vitest";
import { ApiClientError } from "../lib/api-error.ts";
import { describeLoginError, pathAfterLogin } from "./login.utils.ts";

describe("pathAfterLogin", () => {
  it("returns to the page the user came from", () => {
    expect(pathAfterLogin({ from: "/database-explorer/abc?range=6h" })).toBe(
      "/database-explorer/abc?range=6h",
    );
  });

  it.each([
    [undefined],
    [null],
    [{}],
    [{ from: 42 }],
    [{ from: "https://evil.example/" }],
    [{ from: "//evil.example/" }],
    [{ from: "/" }],
    [{ from: "/login" }],
    [{ from: "/login?x=1" }],
  ])("falls back to Assets for %j", (state) => {
    expect(pathAfterLogin(state)).toBe("/assets");
  });
});

describe("describeLoginError", () => {
  it("says plainly when the credentials are wrong", () => {
    const error = new ApiClientError(401, "unauthenticated", "invalid credentials");
    expect(describeLoginError(error)).toBe("E-mail or password is wrong.");
  });

  it("asks to wait when rate limited, for as long as the server says", () => {
    const error = new ApiClientError(429, "rate_limited", "slow down");
    expect(describeLoginError(error)).toMatch(/wait a minute/i);
    const timed = new ApiClientError(
      429,
      "rate_limited",
      "Too many failed sign-in attempts for this account. Try again in 14 min.",
    );
    expect(describeLoginError(timed)).toBe(timed.message);
  });

  it("passes other server messages through", () => {
    const error = new ApiClientError(503, "unavailable", "The store is starting.");
    expect(describeLoginError(error)).toBe("The store is starting.");
  });

  it("explains a network failure", () => {
    expect(describeLoginError(new TypeError("Failed to fetch"))).toMatch(/could not be reached/);
  });
});
