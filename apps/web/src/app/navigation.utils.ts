import type { Capability } from "@logstag/api-contract";
import type { PreviewStage } from "../components/preview-badge.tsx";
import { type Access, canAccess } from "../lib/session/access.ts";

export interface NavItem {
  label: string;
  path: string;
  access: Access;
  preview?: PreviewStage;
}

export interface NavSection {
  title: string;
  items: readonly NavItem[];
}

export const NAV_SECTIONS: readonly NavSection[] = [
  {
    title: "Monitor",
    items: [
      { label: "Health Check", path: "/health-check", access: "reports.read" },
      { label: "Reports", path: "/reports", access: "reports.read" },
      { label: "Database Explorer", path: "/database-explorer", access: "signed-in" },
      { label: "Schema Explorer", path: "/schema-explorer", access: "signed-in" },
      { label: "Activity Explorer", path: "/activity-explorer", access: "signed-in" },
      { label: "Query Explorer", path: "/query-explorer", access: "signed-in" },
      { label: "Alerts", path: "/alerts", access: "signed-in" },
    ],
  },
  {
    title: "Manage",
    items: [
      { label: "Assets", path: "/assets", access: "signed-in" },
      { label: "Integrations", path: "/integrations", access: "signed-in" },
      { label: "Users", path: "/users", access: "members.read" },
      { label: "API Keys", path: "/api-keys", access: "api-keys.manage" },
      { label: "Audit Logs", path: "/audit-logs", access: "audit.read" },
    ],
  },
  {
    title: "Preview",
    items: [
      { label: "Overview", path: "/overview", access: "signed-in", preview: "Coming soon" },
      { label: "Insights", path: "/insights", access: "signed-in", preview: "Roadmap" },
      {
        label: "Integration catalog",
        path: "/integrations/catalog",
        access: "signed-in",
        preview: "Roadmap",
      },
    ],
  },
];

/** The sections and items the session's capabilities open; sections left empty are dropped. */
export function visibleSections(
  capabilities: readonly Capability[],
  sections = NAV_SECTIONS,
): NavSection[] {
  return sections
    .map((section) => ({
      ...section,
      items: section.items.filter((item) => canAccess(capabilities, item.access)),
    }))
    .filter((section) => section.items.length > 0);
}

/** The nav path that owns a location: the longest item path that is the pathname or a parent of it. */
export function activeNavPath(pathname: string, sections = NAV_SECTIONS): string | undefined {
  let best: string | undefined;
  for (const item of sections.flatMap((section) => section.items)) {
    const owns = pathname === item.path || pathname.startsWith(`${item.path}/`);
    if (owns && (best === undefined || item.path.length > best.length)) best = item.path;
  }
  return best;
}
