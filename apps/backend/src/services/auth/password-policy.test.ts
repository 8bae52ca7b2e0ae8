import { findPasswordProblem } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";

describe("findPasswordProblem", () => {
  it.each([
    ["Correct-horse-battery-9", "ann@example.test", undefined],
    ["a long passphrase with spaces", "", undefined],
    ["short", "", "use at least 12 characters"],
    ["x".repeat(257), "", "use at most 256 characters"],
    ["abababababababab", "", "use more different characters"],
    ["Password1234", "", "this password is too common"],
    ["annabelle-2024-secret", "annabelle@example.test", "do not use your e-mail address in it"],
    ["bob-is-my-name-and-pw", "bob@example.test", undefined],
  ])("%j for %j → %j", (password, email, problem) => {
    expect(findPasswordProblem(password, email)).toBe(problem);
  });
});
