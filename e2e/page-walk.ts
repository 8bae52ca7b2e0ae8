import { expect, type Page, test } from "@playwright/test";
import type { PageProblems } from "./page-problems.ts";
import { AppShell } from "./pages/app-shell.ts";

export type WalkRole = "owner" | "member" | "viewer";

export const DEMO_TARGETS = ["demo-postgres", "demo-redis", "demo-valkey"] as const;
export type DemoTarget = (typeof DEMO_TARGETS)[number];
export type DemoTargetIds = Record<DemoTarget, string>;

/** One page of the walk and what it must show. */
export interface Stop {
  title: string;
  /** A sidebar entry to click, or an address to open. */
  open: { nav: string } | { url: string };
  heading: string;
  /** The role may not see this page: it shows the no-permission state instead. */
  forbidden?: boolean;
  /** Tabs clicked in turn, each checked like a page. */
  tabs?: readonly string[];
  /** Tabs that appear only once there is data: every tab whose test id starts so is clicked. */
  tabsStartingWith?: string;
}

/** The sidebar entries, in display order. */
const NAV = [
  { id: "nav-health-check", path: "/health-check", heading: "Health Check" },
  {
    id: "nav-reports",
    path: "/reports",
    heading: "Reports",
    tabs: ["tab-schedules", "tab-reports"],
  },
  { id: "nav-database-explorer", path: "/database-explorer", heading: "Database Explorer" },
  { id: "nav-schema-explorer", path: "/schema-explorer", heading: "Schema Explorer" },
  { id: "nav-activity-explorer", path: "/activity-explorer", heading: "Activity Explorer" },
  { id: "nav-query-explorer", path: "/query-explorer", heading: "Query Explorer" },
  {
    id: "nav-alerts",
    path: "/alerts",
    heading: "Alerts",
    tabs: ["alerts-tab-rules", "alerts-tab-silences", "alerts-tab-alerts"],
  },
  { id: "nav-assets", path: "/assets", heading: "Assets" },
  { id: "nav-integrations", path: "/integrations", heading: "Integrations" },
  { id: "nav-users", path: "/users", heading: "Users" },
  { id: "nav-api-keys", path: "/api-keys", heading: "API Keys" },
  { id: "nav-audit-logs", path: "/audit-logs", heading: "Audit Logs" },
  { id: "nav-overview", path: "/overview", heading: "Overview" },
  { id: "nav-insights", path: "/insights", heading: "Insights" },
  { id: "nav-integrations-catalog", path: "/integrations/catalog", heading: "Integration catalog" },
] as const;
type NavId = (typeof NAV)[number]["id"];

/** Pages a role may not open (docs/roles.md), and which of them its sidebar still lists. */
const FORBIDDEN: Record<WalkRole, readonly NavId[]> = {
  owner: [],
  member: ["nav-users", "nav-audit-logs"],
  viewer: ["nav-integrations", "nav-users", "nav-audit-logs"],
};
/** Integrations is listed for everyone signed in; the page itself says who may see it. */
const LISTED_WHEN_FORBIDDEN: readonly NavId[] = ["nav-integrations"];

export function expectedNav(role: WalkRole): string[] {
  return NAV.map((entry) => entry.id).filter(
    (id) => !FORBIDDEN[role].includes(id) || LISTED_WHEN_FORBIDDEN.includes(id),
  );
}

const ENGINE_TABS: Record<DemoTarget, readonly string[]> = {
  "demo-postgres": ["tab-settings", "tab-roles", "tab-metrics"],
  "demo-redis": ["tab-config", "tab-security", "tab-metrics"],
  "demo-valkey": ["tab-config", "tab-security", "tab-metrics"],
};

export function walkPlan(role: WalkRole, targets: DemoTargetIds): Stop[] {
  const listed = expectedNav(role);
  const stops: Stop[] = NAV.map((entry) => ({
    title: entry.heading,
    open: listed.includes(entry.id) ? { nav: entry.id } : { url: entry.path },
    heading: entry.heading,
    forbidden: FORBIDDEN[role].includes(entry.id),
    tabs: "tabs" in entry ? entry.tabs : undefined,
  }));
  stops.push({
    title: "Change password",
    open: { url: "/account/password" },
    heading: "Change password",
  });
  for (const name of DEMO_TARGETS) {
    const id = targets[name];
    stops.push(
      {
        title: `Database Explorer of ${name}`,
        open: { url: `/database-explorer/${id}?range=15m` },
        heading: "Database Explorer",
        tabs: ENGINE_TABS[name],
      },
      {
        title: `Activity Explorer of ${name}`,
        open: { url: `/activity-explorer/${id}?range=15m` },
        heading: "Activity Explorer",
      },
      {
        title: `Query Explorer of ${name}`,
        open: { url: `/query-explorer/${id}?range=15m` },
        heading: "Query Explorer",
      },
      {
        // Redis and Valkey have no Schema Explorer: the page says so instead of failing.
        title: `Schema Explorer of ${name}`,
        open: { url: `/schema-explorer/${id}` },
        heading: "Schema Explorer",
        tabsStartingWith: "schema-tab-",
      },
      {
        title: `Health Check report of ${name}`,
        open: { url: `/health-check/${id}` },
        heading: name,
      },
    );
  }
  return stops;
}

/** How long a settled page is watched for an error state before it counts as clean. */
const WATCH_MS = 500;

async function checkSettled(page: Page, problems: PageProblems, what: string): Promise<void> {
  const shell = new AppShell(page);
  await problems.settle();
  await page.waitForTimeout(WATCH_MS);
  await expect(shell.error, `${what} shows an error state`).toHaveCount(0);
  expect(problems.take(), `${what} logged problems`).toEqual([]);
}

/** Opens a stop and checks it and each of its tabs; `label` names it in failures. */
async function visit(page: Page, problems: PageProblems, stop: Stop, label: string): Promise<void> {
  const shell = new AppShell(page);
  if ("nav" in stop.open) await shell.navEntry(stop.open.nav).click();
  else await page.goto(stop.open.url);
  await expect(shell.heading(stop.heading), `${label} has its heading`).toBeVisible();
  if (stop.forbidden)
    await expect(shell.noPermission, `${label} says the role may not see it`).toBeVisible();
  else await expect(shell.noPermission, `${label} is open to the role`).toHaveCount(0);
  await checkSettled(page, problems, label);
  for (const tab of stop.tabs ?? []) {
    await page.getByTestId(tab).click();
    await checkSettled(page, problems, `${label}, tab ${tab}`);
  }
  if (stop.tabsStartingWith) {
    const tabs = page.locator(`[data-testid^="${stop.tabsStartingWith}"]`);
    for (const tab of await tabs.evaluateAll((els) =>
      els.map((el) => el.getAttribute("data-testid") ?? ""),
    )) {
      await page.getByTestId(tab).click();
      await checkSettled(page, problems, `${label}, tab ${tab}`);
    }
  }
}

/** Visits every stop of the role's walk, one test step per page. */
export async function walkEveryPage(
  page: Page,
  problems: PageProblems,
  role: WalkRole,
  targets: DemoTargetIds,
): Promise<void> {
  const shell = new AppShell(page);
  await test.step(`${role}: the sidebar lists what the role may open`, async () => {
    await expect
      .poll(() => shell.navTestIds(), { message: `${role}: the sidebar's entries` })
      .toEqual(expectedNav(role));
  });
  for (const stop of walkPlan(role, targets)) {
    const label = `${role}: ${stop.title}`;
    await test.step(label, () => visit(page, problems, stop, label));
  }
}
