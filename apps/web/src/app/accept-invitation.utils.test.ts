import { describe, expect, it } from "vitest";
import { newPasswordProblem, tokenFromHash } from "./accept-invitation.utils.ts";

describe("tokenFromHash", () => {
  it.each([
    ["#token=lsi_abc", "lsi_abc"],
    ["token=lsi_abc", "lsi_abc"],
    ["#token=lsi_a-b_c&x=1", "lsi_a-b_c"],
    ["", null],
    ["#token=", null],
    ["#other=1", null],
  ])("%j → %j", (hash, token) => {
    expect(tokenFromHash(hash)).toBe(token);
  });
});

describe("newPasswordProblem", () => {
  it("says nothing before anything is typed", () => {
    expect(newPasswordProblem("", "", "ann@example.test")).toBeNull();
  });

  it("names the weakness the server would refuse", () => {
    expect(newPasswordProblem("short", "", "ann@example.test")).toBe(
      "The password is too weak: use at least 12 characters.",
    );
  });

  it("checks the confirmation once it is typed", () => {
    expect(newPasswordProblem("Correct-horse-9", "", "a@b.c")).toBeNull();
    expect(newPasswordProblem("Correct-horse-9", "Correct-horse-8", "a@b.c")).toBe(
      "The two passwords differ.",
    );
    expect(newPasswordProblem("Correct-horse-9", "Correct-horse-9", "a@b.c")).toBeNull();
  });
});
