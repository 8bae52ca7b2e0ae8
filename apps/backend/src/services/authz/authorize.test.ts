import { CAPABILITY_NAMES, type Capability } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import type { Actor, Ctx, PersonActor } from "../context.ts";
import { AppError } from "../errors.ts";
import { authorize, capabilitiesOf, wasAuthorized } from "./authorize.ts";
import { PERMISSIONS } from "./permissions.ts";

const ctxOf = (actor: Actor): Ctx => ({ db: {} as Ctx["db"], orgId: "o", actor });
const user = (role: "owner" | "admin" | "member" | "viewer"): PersonActor => ({
  kind: "user",
  userId: "u",
  email: "u@example.test",
  role,
  sessionId: "s",
});
const key = (role: "owner" | "viewer", scope: "read" | "read-write"): PersonActor => ({
  kind: "apiKey",
  keyId: "k",
  keyName: "ci",
  scope,
  userId: "u",
  email: "u@example.test",
  role,
});

function refusal(actor: Actor, capability: Capability): string | undefined {
  try {
    authorize(ctxOf(actor), capability);
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("forbidden");
    return (err as AppError).message;
  }
}

describe("authorize", () => {
  it("follows the permission table for people signed in", () => {
    for (const capability of CAPABILITY_NAMES)
      for (const role of ["owner", "admin", "member", "viewer"] as const)
        expect(refusal(user(role), capability) === undefined).toBe(
          (PERMISSIONS[capability] as readonly string[]).includes(role),
        );
  });

  it("says which role lacks what", () => {
    expect(refusal(user("viewer"), "members.manage")).toBe(
      "your role (Viewer) does not allow this: revoke invitations, remove members",
    );
  });

  it("limits API keys to their scope, within their owner's role", () => {
    expect(refusal(key("owner", "read"), "audit.read")).toBeUndefined();
    expect(refusal(key("owner", "read"), "members.manage")).toMatch(/read-only/);
    expect(refusal(key("owner", "read-write"), "members.manage")).toBeUndefined();
    expect(refusal(key("owner", "read-write"), "api-keys.manage")).toMatch(/API keys cannot/);
    expect(refusal(key("owner", "read-write"), "members.invite")).toMatch(/API keys cannot/);
    expect(refusal(key("viewer", "read-write"), "members.manage")).toMatch(/Viewer/);
  });

  it("lets the system do anything and agents nothing", () => {
    expect(refusal({ kind: "system" }, "audit.read")).toBeUndefined();
    expect(refusal({ kind: "agent", agentKeyId: "a" }, "assets.read")).toMatch(/agent keys/);
  });

  it("remembers which context passed which check", () => {
    const ctx = ctxOf(user("admin"));
    expect(wasAuthorized(ctx, "members.read")).toBe(false);
    authorize(ctx, "members.read");
    expect(wasAuthorized(ctx, "members.read")).toBe(true);
    expect(wasAuthorized(ctx, "audit.read")).toBe(false);
  });

  it("hands each caller exactly the capabilities it passes", () => {
    expect(capabilitiesOf(user("owner"))).toEqual(CAPABILITY_NAMES);
    expect(capabilitiesOf(user("viewer"))).not.toContain("members.read");
    expect(capabilitiesOf(key("owner", "read"))).toEqual(
      CAPABILITY_NAMES.filter((c) => refusal(key("owner", "read"), c) === undefined),
    );
    expect(capabilitiesOf(key("owner", "read"))).not.toContain("account.sessions");
  });
});
