import { describe, expect, it } from "vitest";
import {
  describeAction,
  exportHref,
  filtersFromSearch,
  filtersToSearch,
  isoToLocalInput,
  localInputToIso,
  summarizeChange,
} from "./audit-logs.utils.ts";

const ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

describe("filtersFromSearch", () => {
  it("keeps what the API accepts", () => {
    const search = new URLSearchParams({
      actor: ID,
      action: "member.removed",
      resourceType: "member",
      resourceId: " abc ",
      from: "2025-03-04T12:00:00Z",
    });
    expect(filtersFromSearch(search)).toEqual({
      actor: ID,
      action: "member.removed",
      resourceType: "member",
      resourceId: "abc",
      from: "2025-03-04T12:00:00.000Z",
    });
  });

  it("drops what it would refuse", () => {
    const search = new URLSearchParams({
      actor: "me",
      action: "drop",
      resourceType: "x",
      to: "soon",
    });
    expect(filtersFromSearch(search)).toEqual({});
  });

  it("round-trips through the address", () => {
    const filters = { action: "invitation.created" as const, resourceId: "x" };
    expect(filtersFromSearch(filtersToSearch(filters))).toEqual(filters);
  });
});

describe("exportHref", () => {
  it("points at the CSV export with the same filters", () => {
    expect(exportHref({})).toBe("/api/v1/audit-log/export");
    expect(exportHref({ action: "api_key.created" })).toBe(
      "/api/v1/audit-log/export?action=api_key.created",
    );
  });
});

describe("describeAction", () => {
  it("reads like a sentence", () => {
    expect(describeAction("member.role_changed")).toBe("Member role changed");
    expect(describeAction("user.sign_in_failed")).toBe("User sign in failed");
    expect(describeAction("api_key.created")).toBe("API key created");
  });
});

describe("summarizeChange", () => {
  it("lists only the fields that changed", () => {
    expect(
      summarizeChange({
        before: { email: "a@x", role: "member" },
        after: { email: "a@x", role: "admin" },
      }),
    ).toBe("role: member → admin");
  });
  it("describes creations and removals", () => {
    expect(summarizeChange({ before: null, after: { name: "ci", scope: "read" } })).toBe(
      "name: ci, scope: read",
    );
    expect(summarizeChange({ before: { role: "viewer" }, after: null })).toBe("role was viewer");
    expect(summarizeChange({ before: null, after: null })).toBe("");
  });
});

describe("datetime-local conversion", () => {
  it("round-trips a local minute", () => {
    const iso = localInputToIso("2025-03-04T12:30");
    expect(iso).toBeDefined();
    expect(isoToLocalInput(iso)).toBe("2025-03-04T12:30");
    expect(localInputToIso("")).toBeUndefined();
    expect(isoToLocalInput(undefined)).toBe("");
  });
});
