import { describe, expect, it } from "vitest";
import { canAccess } from "./access.ts";

describe("canAccess", () => {
  it("lets everyone signed in into general areas", () => {
    expect(canAccess([], "signed-in")).toBe(true);
  });

  it("requires the capability the session carries for the rest", () => {
    expect(canAccess(["members.read"], "members.read")).toBe(true);
    expect(canAccess(["members.read"], "audit.read")).toBe(false);
  });
});
