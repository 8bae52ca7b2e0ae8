import type { Role } from "@logstag/api-contract";
import type { TestWorld } from "../../src/testing/accounts-factory.ts";
import type { DocumentedCapability, DocumentedRoute } from "./roles-doc.ts";

export const CALLERS = [
  "owner",
  "admin",
  "member",
  "viewer",
  "read API key",
  "read-write API key",
  "agent key",
  "no credentials",
] as const;
export type Caller = (typeof CALLERS)[number];

const isRole = (c: Caller): c is Role => ["owner", "admin", "member", "viewer"].includes(c);

export function credentialHeaders(caller: Caller, world: TestWorld): Record<string, string> {
  if (isRole(caller)) return { cookie: world.users[caller].cookie };
  const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
  switch (caller) {
    case "read API key":
      return bearer(world.readKey);
    case "read-write API key":
      return bearer(world.writeKey);
    case "agent key":
      return bearer(world.agentKey);
    default:
      return {};
  }
}

/** The person behind the caller: a role's user; the owner for the owner's API keys. */
export function callerUserId(caller: Caller, world: TestWorld): string | undefined {
  if (isRole(caller)) return world.users[caller].id;
  return caller.endsWith("API key") ? world.users.owner.id : undefined;
}

/** The status docs/roles.md promises for this caller on this route. */
export function documentedStatus(
  route: DocumentedRoute,
  capability: DocumentedCapability | undefined,
  caller: Caller,
  namesOtherOrg: boolean,
): number {
  const found = namesOtherOrg ? 404 : 200;
  switch (route.access) {
    case "anyone":
      return 200;
    case "agent key":
      return caller === "agent key" ? found : 401;
    case "person": {
      if (caller === "no credentials" || caller === "agent key") return 401;
      if (!capability) throw new Error("a person route without a documented capability");
      const allowed = isRole(caller)
        ? capability.roles.has(caller)
        : capability.roles.has("owner") &&
          (caller === "read API key" ? capability.readKey : capability.writeKey);
      return allowed ? found : 403;
    }
  }
}
