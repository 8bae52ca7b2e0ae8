import type { RouteObject } from "react-router";
import { lazyPage } from "../../lib/lazy-page.ts";

const AlertsPage = lazyPage(() => import("./alerts-page.tsx"), "AlertsPage");
const RulesPage = lazyPage(() => import("./rules-page.tsx"), "RulesPage");
const SilencesPage = lazyPage(() => import("./silences-page.tsx"), "SilencesPage");
const AlertDetailPage = lazyPage(() => import("./alert-detail-page.tsx"), "AlertDetailPage");

export const alertsRoutes: RouteObject[] = [
  { path: "alerts", element: <AlertsPage /> },
  { path: "alerts/rules", element: <RulesPage /> },
  { path: "alerts/silences", element: <SilencesPage /> },
  { path: "alerts/:alertId", element: <AlertDetailPage /> },
];
