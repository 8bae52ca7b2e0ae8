import { CAPABILITIES, CAPABILITY_NAMES, ROLES, scopeAllows } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import { roleHolds } from "../../src/services/authz/permissions.ts";
import { ALL_ROUTES, renderCapabilityTable, renderRouteTable } from "./render-roles-tables.ts";
import { parseRolesDoc, routeKey } from "./roles-doc.ts";

const doc = parseRolesDoc();
const hint = (table: string) => `docs/roles.md is out of date; the code says:\n\n${table}\n`;

describe("docs/roles.md matches the code", () => {
  it("lists every capability with the roles and key scopes that hold it", () => {
    const fromCode = Object.fromEntries(
      CAPABILITY_NAMES.map((c) => [
        c,
        {
          roles: ROLES.filter((r) => roleHolds(r, c)),
          readKey: scopeAllows("read", CAPABILITIES[c].kind),
          writeKey: scopeAllows("read-write", CAPABILITIES[c].kind),
        },
      ]),
    );
    const fromDoc = Object.fromEntries(
      [...doc.capabilities].map(([c, d]) => [
        c,
        { roles: ROLES.filter((r) => d.roles.has(r)), readKey: d.readKey, writeKey: d.writeKey },
      ]),
    );
    expect(fromDoc, hint(renderCapabilityTable())).toEqual(fromCode);
  });

  it("lists every route of the contract with its caller and capability", () => {
    const caller = { public: "anyone", user: "person", agent: "agent key" } as const;
    const fromCode = Object.fromEntries(
      ALL_ROUTES.map((r) => [
        routeKey(r.method, r.path),
        { access: caller[r.access], capability: r.capability },
      ]),
    );
    expect(Object.fromEntries(doc.routes), hint(renderRouteTable())).toEqual(fromCode);
  });
});
