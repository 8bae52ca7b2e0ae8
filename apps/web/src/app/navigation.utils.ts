import type { Role } from "@logstag/api-contract";
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
      { label: "Health Check", path: "/health-check", access: "member" },
      { label: "Database Explorer", path: "/database-explorer", access: "member" },
      { label: "Schema Explorer", path: "/schema-explorer", access: "member" },
      { label: "Activity Explorer", path: "/activity-explorer", access: "member" },
      { label: "Query Explorer", path: "/query-explorer", access: "member" },
      { label: "Alerts", path: "/alerts", access: "member" },
    ],
  },
  {
    title: "Manage",
    items: [
      { label: "Assets", path: "/assets", access: "member" },
      { label: "Integrations", path: "/integrations", access: "member" },
      { label: "Users", path: "/users", access: "admin" },
      { label: "Audit Logs", path: "/audit-logs", access: "owner" },
    ],
  },
  {
    title: "Preview",
    items: [
      { label: "Overview", path: "/overview", access: "member", preview: "Coming soon" },
      { label: "Insights", path: "/insights", access: "member", preview: "Roadmap" },
      { label: "Reports", path: "/reports", access: "member", preview: "Coming soon" },
      {
        label: "Integration catalog",
        path: "/integrations/catalog",
        access: "member",
        preview: "Roadmap",
      },
    ],
  },
];

/** The sections and items a role may see; sections left empty are dropped. */
export function visibleSections(role: Role, sections = NAV_SECTIONS): NavSection[] {
  return sections
    .map((section) => ({
      ...section,
      items: section.items.filter((item) => canAccess(role, item.access)),
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
