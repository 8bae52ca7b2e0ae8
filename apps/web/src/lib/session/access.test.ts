import { ROLES } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import { canAccess } from "./access.ts";

describe("canAccess", () => {
  it("lets every role into member areas", () => {
    for (const role of ROLES) expect(canAccess(role, "member")).toBe(true);
  });

  it("keeps admin areas for owners and admins", () => {
    expect(ROLES.filter((role) => canAccess(role, "admin"))).toEqual(["owner", "admin"]);
  });

  it("keeps owner areas for the owner alone", () => {
    expect(ROLES.filter((role) => canAccess(role, "owner"))).toEqual(["owner"]);
  });
});
