import { CAPABILITY_NAMES } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import { describeExpiry, memberActions } from "./users.utils.ts";

const owner = { userId: "me", role: "owner" as const, capabilities: CAPABILITY_NAMES };
const admin = {
  userId: "me",
  role: "admin" as const,
  capabilities: CAPABILITY_NAMES.filter((c) => c !== "ownership.transfer" && c !== "audit.read"),
};

describe("memberActions", () => {
  it("lets the owner change, remove and promote others", () => {
    expect(memberActions(owner, { userId: "x", role: "member" })).toEqual({
      changeRole: true,
      remove: true,
      makeOwner: true,
      resetPassword: true,
    });
  });

  it("never offers to change or remove the Account Owner", () => {
    expect(memberActions(admin, { userId: "x", role: "owner" })).toEqual({
      changeRole: false,
      remove: false,
      makeOwner: false,
      resetPassword: false,
    });
  });

  it("gives admins no ownership transfer, and nobody actions on their own row", () => {
    expect(memberActions(admin, { userId: "x", role: "viewer" }).makeOwner).toBe(false);
    expect(memberActions(admin, { userId: "me", role: "admin" })).toMatchObject({
      changeRole: false,
      remove: false,
    });
  });

  it("offers nothing without members.manage", () => {
    expect(
      memberActions(
        { userId: "me", role: "viewer", capabilities: ["members.read"] },
        { userId: "x", role: "viewer" },
      ),
    ).toEqual({
      changeRole: false,
      remove: false,
      makeOwner: false,
      resetPassword: false,
    });
  });

  it("offers a reset link only for the roles the API lets the caller reset, never for oneself", () => {
    expect(memberActions(admin, { userId: "x", role: "member" }).resetPassword).toBe(true);
    expect(memberActions(admin, { userId: "x", role: "viewer" }).resetPassword).toBe(true);
    expect(memberActions(admin, { userId: "x", role: "admin" }).resetPassword).toBe(false);
    expect(memberActions(owner, { userId: "x", role: "admin" }).resetPassword).toBe(true);
    expect(memberActions(owner, { userId: "me", role: "owner" }).resetPassword).toBe(false);
    expect(memberActions(admin, { userId: "me", role: "admin" }).resetPassword).toBe(false);
  });
});

describe("describeExpiry", () => {
  const now = new Date("2025-03-04T12:00:00Z");
  it.each([
    ["2025-03-10T13:00:00Z", "in 6 d"],
    ["2025-03-11T11:59:00Z", "in 7 d"],
    ["2025-03-04T15:20:00Z", "in 3 h"],
    ["2025-03-04T12:10:00Z", "in 10 min"],
    ["2025-03-04T12:00:10Z", "in 1 min"],
    ["2025-03-04T11:00:00Z", "expired"],
    ["garbage", "expired"],
  ])("%s → %s", (at, text) => {
    expect(describeExpiry(at, now)).toBe(text);
  });
});
