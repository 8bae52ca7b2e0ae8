import { CAPABILITY_NAMES, type Capability } from "@logstag/api-contract";
import { describe, expect, it } from "vitest";
import { activeNavPath, NAV_SECTIONS, visibleSections } from "./navigation.utils.ts";

// What the backend hands each role today (the permission table lives there, see docs/roles.md).
const VIEWER: Capability[] = [
  "account.read",
  "account.sessions",
  "api-keys.manage",
  "assets.read",
  "metrics.read",
  "reports.read",
];
const MEMBER: Capability[] = [...VIEWER, "reports.manage"];
const CAPABILITIES_OF = {
  owner: CAPABILITY_NAMES,
  admin: CAPABILITY_NAMES.filter((c) => c !== "audit.read" && c !== "ownership.transfer"),
  member: MEMBER,
  viewer: VIEWER,
};

const labels = (role: keyof typeof CAPABILITIES_OF) =>
  visibleSections(CAPABILITIES_OF[role]).flatMap((section) =>
    section.items.map((item) => item.label),
  );

describe("visibleSections", () => {
  it("shows the owner every area, Audit Logs included", () => {
    expect(labels("owner")).toContain("Audit Logs");
    expect(labels("owner")).toContain("Users");
    expect(labels("owner")).toHaveLength(NAV_SECTIONS.flatMap((s) => s.items).length);
  });

  it("shows admins Users but not Audit Logs", () => {
    expect(labels("admin")).toContain("Users");
    expect(labels("admin")).not.toContain("Audit Logs");
  });

  it("hides Users and Audit Logs from members and viewers", () => {
    for (const role of ["member", "viewer"] as const) {
      expect(labels(role)).not.toContain("Users");
      expect(labels(role)).not.toContain("Audit Logs");
      expect(labels(role)).toContain("Assets");
      expect(labels(role)).toContain("API Keys");
    }
  });

  it("shows Health Check and Reports, as supported areas, to every role that reads reports", () => {
    for (const role of ["owner", "admin", "member", "viewer"] as const) {
      expect(labels(role)).toEqual(expect.arrayContaining(["Health Check", "Reports"]));
    }
    const monitor = NAV_SECTIONS.find((s) => s.title === "Monitor")?.items ?? [];
    expect(monitor.find((i) => i.label === "Reports")).toMatchObject({ access: "reports.read" });
    expect(monitor.find((i) => i.label === "Reports")?.preview).toBeUndefined();
  });

  it("keeps every preview surface in the Preview section with a badge", () => {
    const preview = visibleSections(VIEWER).find((s) => s.title === "Preview");
    expect(preview?.items.map((i) => [i.label, i.preview])).toEqual([
      ["Overview", "Coming soon"],
      ["Insights", "Roadmap"],
      ["Integration catalog", "Roadmap"],
    ]);
    const others = NAV_SECTIONS.filter((s) => s.title !== "Preview").flatMap((s) => s.items);
    expect(others.every((item) => item.preview === undefined)).toBe(true);
  });

  it("drops sections with nothing visible", () => {
    const sections = [
      { title: "Owner only", items: [{ label: "x", path: "/x", access: "audit.read" as const }] },
    ];
    expect(visibleSections(VIEWER, sections)).toEqual([]);
  });
});

describe("activeNavPath", () => {
  it("matches an item and its sub-pages", () => {
    expect(activeNavPath("/assets")).toBe("/assets");
    expect(activeNavPath("/database-explorer/abc")).toBe("/database-explorer");
  });

  it("prefers the most specific item", () => {
    expect(activeNavPath("/integrations/catalog")).toBe("/integrations/catalog");
    expect(activeNavPath("/integrations")).toBe("/integrations");
  });

  it("does not match by mere prefix", () => {
    expect(activeNavPath("/assets-old")).toBeUndefined();
    expect(activeNavPath("/")).toBeUndefined();
  });
});
